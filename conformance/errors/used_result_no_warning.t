// a Result that is bound, matched or propagated is used: no warning
// pins: `let _ = e;` explicitly discards a Result without a warning (Rust)
fn risky(n: Int) -> Result<Int, Str> { if n > 0 { Ok(n) } else { Err("neg") } }
fn main() {
    let r = risky(1);
    println(r);
    let _ = risky(-1);
    match risky(2) { Ok(v) => println(v), Err(e) => println(e) }
}
