// pins: substring past the end panics (as Rust's range indexing does)
fn main() {
    println("abc".substring(2, 5));
}
