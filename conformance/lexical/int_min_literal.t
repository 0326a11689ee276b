// pins: `-9223372036854775808` is accepted as a literal of Int::MIN (as in Rust), and a literal
// that does not fit Int is a compile error elsewhere (see errors/int_literal_too_big.t)
fn main() {
    let min = -9223372036854775808;
    println(min);
    println(min + 1);
}
