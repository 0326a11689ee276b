// Closures capturing by reference and by value, made in loops and returned, on every tier (the JIT
// compiles their bodies and keeps by-reference locals in boxes).
fn counter_of(start: Int) -> fn() -> Int {
    let mut n = start;
    || { n += 1; n }
}
fn sum_with(v: Vec<Int>) -> Int {
    let mut total = 0;
    let add = |x: Int| total += x;
    for x in v { add(x); }
    total
}
fn main() {
    let c = counter_of(10);
    c();
    println(c());
    println(sum_with([1, 2, 3]));
    let mut fs: Vec<fn() -> Int> = [];
    for i in 0..3 { fs.push(|| i * 10); }
    for f in fs { print("{f()} "); }
    println("");
    let mut acc = "";
    for w in ["a", "b"] { let add = |s: Str| acc = acc + s + w; add("<"); }
    println(acc);
}
