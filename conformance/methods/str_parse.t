// pins: parse_int/parse_float accept what Rust's `str::parse` accepts (no surrounding spaces)
fn main() {
    println("42".parse_int());
    println("-42".parse_int());
    println("x".parse_int());
    println("12a".parse_int());
    println("".parse_int());
    println(" 42".parse_int());
    println("9223372036854775808".parse_int());
    println("3.5".parse_float());
    println("-0.25".parse_float());
    println("1e3".parse_float());
    println("7".parse_float());
    println("abc".parse_float());
}
