fn apply_n(f: fn(Int) -> Int, n: Int, x: Int) -> Int { if n == 0 { x } else { apply_n(f, n - 1, f(x)) } }
fn main() {
    println(apply_n(|x| x * 2, 10, 1));
    let step = 3;
    println(apply_n(|x| x + step, 4, 0));
}
