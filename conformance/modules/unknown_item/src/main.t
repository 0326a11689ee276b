import lib.{real, imaginary};
fn main() { println(real()); }
