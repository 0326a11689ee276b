const LIMIT: Int = 1_000;
const HALF: Float = LIMIT as Float / 2.0;
const DOUBLE: Int = LIMIT * 2 + 1;
const NAME: Str = "t";
const ON: Bool = !false;
const MASK: Int = 0xff & (1 << 4 | 3);
fn main() {
    println(LIMIT);
    println(HALF);
    println(DOUBLE);
    println(NAME);
    println(ON);
    println(MASK);
    let x = LIMIT - 1;
    println(x);
}
