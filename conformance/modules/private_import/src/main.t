import lib.{make, Hidden};
fn main() { println(make()); }
