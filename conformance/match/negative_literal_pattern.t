// pins: a negative Int literal is a pattern (as in Rust)
fn sign(n: Int) -> Str { match n { -1 => "minus one", 0 => "zero", _ => "other" } }
fn main() {
    println(sign(-1));
    println(sign(0));
    println(sign(1));
}
