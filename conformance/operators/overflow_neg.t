// pins: negating Int::MIN overflows (as in Rust debug builds)
fn main() {
    let min = -9223372036854775807 - 1;
    println(-min);
}
