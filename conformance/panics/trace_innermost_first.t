fn c(n: Int) -> Int {
    if n > 2 { panic("too deep at {n}"); }
    n
}
fn b(n: Int) -> Int { c(n + 1) + 1 }
fn a(n: Int) -> Int { b(n + 1) + 1 }
fn main() {
    println(a(0));
    println(a(1));
}
