// pins: a `for`/`while`/`if`/`match` in statement position ends at its `}`; a following `-1` is a new expression (Rust)
fn find(v: Vec<Int>, x: Int) -> Int {
    let mut i = 0;
    for e in v {
        if e == x { return i; }
        i += 1;
    }
    -1
}
fn check(n: Int) -> Str {
    if n > 5 { return "big"; }
    "small"
}
fn side(n: Int) {
    if n == 0 { return; }
    println("side {n}");
}
fn main() {
    println(find([4, 5, 6], 6));
    println(find([4, 5, 6], 7));
    println(check(9));
    println(check(1));
    side(0);
    side(2);
}
