fn div(a: Int, b: Int) -> Int { a / b }
fn main() {
    println(div(1, 1));
    println(div(1, 0));
}
