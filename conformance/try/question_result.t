fn parse(s: Str) -> Result<Int, Str> {
    match s.parse_int() { Some(n) => Ok(n), None => Err("not a number: " + s) }
}
fn sum(a: Str, b: Str) -> Result<Int, Str> {
    let x = parse(a)?;
    println("parsed {x}");
    let y = parse(b)?;
    Ok(x + y)
}
fn main() {
    println(sum("1", "2"));
    println(sum("1", "zz"));
    println(sum("q", "2"));
}
