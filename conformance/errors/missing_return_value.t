fn f(x: Int) -> Int {
    if x > 0 { return 1; }
}
fn main() { println(f(1)); }
