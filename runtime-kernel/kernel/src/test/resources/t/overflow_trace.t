fn inner(n: Int) -> Int {
    let big = 9223372036854775807;
    big + n
}
fn outer() -> Int { inner(1) }
fn main() {
    println("before");
    println(outer());
}
