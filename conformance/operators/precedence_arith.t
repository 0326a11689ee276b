// `-2.pow(2)` is `-(2.pow(2))`: method calls bind tighter than unary minus
fn main() {
    println(1 + 2 * 3);
    println((1 + 2) * 3);
    println(10 - 4 - 3);
    println(100 / 10 / 5);
    println(7 + 8 % 3);
    println(-2 * 3);
    println(2 * -3);
    println(-2.pow(2));
    println(- -5);
    println(2 + 3 * 4 - 6 / 2);
}
