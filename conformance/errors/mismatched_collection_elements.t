fn main() {
    let v = [1, "two"];
    println(v);
}
