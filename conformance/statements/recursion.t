fn fib(n: Int) -> Int { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
fn is_even(n: Int) -> Bool { if n == 0 { true } else { is_odd(n - 1) } }
fn is_odd(n: Int) -> Bool { if n == 0 { false } else { is_even(n - 1) } }
fn main() {
    println(fib(20));
    println(is_even(10));
    println(is_odd(7));
}
