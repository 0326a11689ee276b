// Str methods count characters (code points), never UTF-16 units or bytes
fn main() {
    let s = "a😀b😀";
    println(s.len());
    println(s.chars());
    println(s.find("b"));
    println(s.substring(1, 3));
    println(s.replace("😀", "!"));
    println(s.split("😀"));
    println("😀".pad_left(3, "."));
    println("x😀".to_upper());
    let mut count = 0;
    for c in s { count += c.len(); }
    println(count);
}
