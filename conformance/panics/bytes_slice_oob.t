// pins: Bytes.slice past the end panics with the message of Vec.slice
fn main() {
    println(Bytes::from_str("abc").slice(2, 5));
}
