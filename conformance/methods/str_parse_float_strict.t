// pins: parse_float accepts what Rust's f64::from_str accepts: no surrounding spaces, no
// suffixes or hex floats; `inf` and `NaN` are accepted
fn main() {
    println(" 3.5".parse_float());
    println("3.5 ".parse_float());
    println("1d".parse_float());
    println("3.5f".parse_float());
    println("0x1p3".parse_float());
    println("inf".parse_float());
    println("-inf".parse_float());
    println("NaN".parse_float());
    println(".5".parse_float());
    println("5.".parse_float());
    println("+1.5".parse_float());
}
