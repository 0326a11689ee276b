// No loop at all: a recursion that takes minutes (2^45 calls), stopped at its calls.
fn calls(n: Int) -> Int { if n == 0 { 1 } else { calls(n - 1) + calls(n - 1) } }

fn main() { println("start"); println("{calls(45)}"); }
