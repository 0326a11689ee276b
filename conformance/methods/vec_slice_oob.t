// pins: slice past the end panics (as Rust's range indexing does)
fn main() {
    let v = [1, 2, 3];
    println(v.slice(1, 10));
}
