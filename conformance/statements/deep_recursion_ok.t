// pins: ordinary recursion 10,000 calls deep works (Rust's 8 MB main thread takes far more);
// only unbounded recursion ends in a panic (see panics/deep_recursion.t)
fn sum(n: Int) -> Int { if n == 0 { 0 } else { n + sum(n - 1) } }
fn depth(v: Vec<Int>, i: Int) -> Int { if i == v.len() { 0 } else { 1 + depth(v, i + 1) } }
fn main() {
    println(sum(10000));
    println(depth(Vec::with(10000, 0), 0));
}
