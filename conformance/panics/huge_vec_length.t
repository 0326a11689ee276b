// pins: a Vec length too large is a T panic (Rust's "capacity overflow"), not -1 or an internal error
fn main() {
    let v = Vec::with(9223372036854775807, 0);
    println(v.len());
}
