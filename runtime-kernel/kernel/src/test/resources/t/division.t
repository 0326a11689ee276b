fn div(a: Int, b: Int) -> Int { a / b }
fn main() {
    println(7 / -2);
    println(7 % -2);
    println(-7 % -2);
    println(div(10, 3));
    println(div(1, 0));
}
