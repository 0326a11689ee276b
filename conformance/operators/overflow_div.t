// pins: Int::MIN / -1 overflows (as in Rust)
fn main() {
    let min = -9223372036854775807 - 1;
    let m1 = -1;
    println(min / m1);
}
