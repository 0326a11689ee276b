// pins: abs of Int::MIN overflows (Rust debug builds)
fn main() {
    let min = -9223372036854775807 - 1;
    println(min.abs());
}
