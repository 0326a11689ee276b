// `return` and `?` inside a closure leave the closure, not the enclosing function
fn main() {
    let f = |x: Int| -> Int { if x > 0 { return 1; } 0 };
    println(f(5));
    println(f(-5));
    let g = |s: Str| -> Option<Int> { let n = s.parse_int()?; Some(n + 1) };
    println(g("4"));
    println(g("x"));
    println("still in main");
}
