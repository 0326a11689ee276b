// pins: unbounded recursion is a T panic (exit 101, no host stack trace), not a crash
fn down(n: Int) -> Int { down(n + 1) + 1 }
fn main() {
    println(down(0));
}
