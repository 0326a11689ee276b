// pins: upper-case hex digits and leading zeros (`007`) are accepted, as in Rust
fn main() {
    println(42);
    println(0xff);
    println(0xFF);
    println(0b1010);
    println(1_000_000);
    println(0x7fff_ffff_ffff_ffff);
    println(0b1111_0000);
    println(0);
    println(007);
}
