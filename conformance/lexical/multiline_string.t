// pins: a string literal may span lines; the line break is part of the text (Rust, Swift)
fn main() {
    let s = "first
second";
    println(s);
    println(s.len());
}
