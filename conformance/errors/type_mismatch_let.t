fn main() {
    let x: Int = "a";
    println(x);
}
