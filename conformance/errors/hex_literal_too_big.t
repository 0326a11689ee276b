// pins: a hex or binary literal must fit Int as a positive number, as in Rust (0xffff_ffff_ffff_ffff is an error, not -1)
fn main() {
    println(0xffff_ffff_ffff_ffff);
}
