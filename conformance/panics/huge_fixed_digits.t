// pins: a digit count beyond what a Str holds is a T panic naming it, not a count cut to 32 bits (4294967296 read as 0)
fn main() {
    println((0.5).fixed(4294967296));
}
