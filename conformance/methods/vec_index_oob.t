fn main() {
    let v = [1, 2, 3];
    println(v[2]);
    println(v[3]);
}
