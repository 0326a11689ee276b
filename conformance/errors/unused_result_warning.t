fn risky(n: Int) -> Result<Int, Str> { if n > 0 { Ok(n) } else { Err("neg") } }
fn main() {
    risky(1);
    println("ran");
}
