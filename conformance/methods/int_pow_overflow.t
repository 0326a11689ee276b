// pins: Int.pow that overflows panics with `integer overflow` (Rust debug builds)
fn main() {
    println(2.pow(62));
    println(2.pow(63));
}
