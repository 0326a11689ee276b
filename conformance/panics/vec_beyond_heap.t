// pins: a Vec length within the limit but beyond the heap is a T panic naming it (Rust aborts on a failed allocation), not a Java OutOfMemoryError
fn main() {
    let v = Vec::with(2147483639, 0);
    println(v.len());
}
