// pins: `\u{..}` must name a Unicode scalar value (no surrogates, at most 10FFFF), as in Rust; the error points at the escape
fn main() {
    println("\u{D800}");
}
