enum ParseError { Empty, Bad(Str) }
fn parse(s: Str) -> Result<Int, ParseError> {
    if s.is_empty() { return Err(ParseError::Empty); }
    s.parse_int().ok_or(ParseError::Bad(s))
}
fn twice(s: Str) -> Result<Int, ParseError> { Ok(parse(s)? * 2) }
fn main() {
    println(twice("21"));
    println(twice(""));
    println(twice("x"));
    println(twice("x").map_err(|e| match e { ParseError::Empty => "empty", ParseError::Bad(s) => "bad " + s }));
}
