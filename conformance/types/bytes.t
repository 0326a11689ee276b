// pins: Bytes.len is the byte count of the UTF-8 encoding (Str.bytes is UTF-8, as in Rust)
fn main() {
    let b = "hé".bytes();
    println(b.len());
    let e = "".bytes();
    println(e.len());
}
