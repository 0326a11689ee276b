fn main() {
    let n: Option<Int> = None;
    println("before");
    println(n.unwrap());
}
