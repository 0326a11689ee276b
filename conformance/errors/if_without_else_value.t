fn main() {
    let x: Int = if true { 1 };
    println(x);
}
