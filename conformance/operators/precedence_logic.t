// loosest first: `||`, `&&`, comparisons, then bit operators and arithmetic
fn yes() -> Bool { true }
fn main() {
    println(true || false && false);
    println((true || false) && false);
    println(!true || true);
    println(!(true || true));
    println(1 + 1 == 2 && 3 > 2);
    println(2 * 3 >= 6 || yes());
    println(!yes() == false);
}
