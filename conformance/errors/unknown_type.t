fn f(x: Strng) -> Int { 1 }
fn main() { println(f("a")); }
