// pins: pow takes any exponent at once (by squaring, as Rust's pow): (-1).pow(Int::MAX) is -1, not 2^63 steps
fn main() {
    println((-1).pow(9223372036854775807));
    println((-1).pow(9223372036854775806));
    println(1.pow(9223372036854775807));
    println(0.pow(9223372036854775807));
    println((-2).pow(63));
}
