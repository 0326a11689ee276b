fn same<T>(a: T, b: T) -> T { a }
fn main() {
    println(same(1, "x"));
}
