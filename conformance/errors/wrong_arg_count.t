fn foo(a: Int) -> Int { a }
fn main() {
    println(foo(1, 2));
}
