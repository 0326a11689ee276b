// pins: a quoted Str escapes `"`, `\`, newline and tab as they are written in source (Rust `{:?}`)
fn main() {
    println(["say \"hi\""]);
    println(["back\\slash"]);
    println(["two\nlines"]);
    println(["tab\there"]);
    println(["😀é"]);
}
