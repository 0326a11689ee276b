// pins: Str `==` compares text; `<` on Str is lexicographic by character (as in Rust and Swift)
fn main() {
    let a = "foo";
    let b = a + "bar";
    println(b);
    println(b == "foobar");
    println("a" + "b" + "c");
    println("abc" < "abd");
    println("b" > "abc");
    println("" < "a");
    println("x" != "y");
}
