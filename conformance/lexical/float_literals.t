// pins: an upper-case exponent marker `1.5E2` is accepted, as in Rust
fn main() {
    println(3.14);
    println(2.5e3);
    println(1e3);
    println(0.5);
    println(1e-9 * 1e9);
    println(1e-9 < 1e-8);
    println(10.0);
    println(1.5E2);
}
