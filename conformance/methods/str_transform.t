// pins: pad_left/pad_right count characters and leave a longer Str unchanged
fn main() {
    println("a-b-c".replace("-", "+"));
    println("aaa".replace("a", "bb"));
    println("abc".replace("x", "y"));
    println("  padded \t\n".trim() + "|");
    println("MiXeD".to_upper());
    println("MiXeD".to_lower());
    println("ab".repeat(3));
    println("x".repeat(0).is_empty());
    println("7".pad_left(3, "0"));
    println("7".pad_right(3, "."));
    println("long".pad_left(2, "0"));
    println("é".pad_left(3, "*"));
}
