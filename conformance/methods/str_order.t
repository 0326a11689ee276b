// pins: Str order (`<`, sort) is by Unicode code point, as in Rust (byte order of UTF-8) and
// Swift: U+FF5E sorts before U+1F600 even though UTF-16 code units would say otherwise
fn main() {
    let v = ["b", "😀", "\u{FF5E}", "a", "é"];
    v.sort();
    println(v);
    println("\u{FF5E}" < "😀");
    println("😀" > "\u{FF5E}");
    println("Z" < "a");
}
