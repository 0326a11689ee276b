import lib;
fn main() { println(lib.broken()); }
