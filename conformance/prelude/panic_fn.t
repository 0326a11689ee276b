fn check(n: Int) -> Int {
    if n < 0 { panic("negative: {n}"); }
    n
}
fn main() {
    println(check(1));
    println(check(-2));
}
