fn parse(s: Str) -> Int {
    let n = s.parse_int()?;
    n
}
fn main() { println(parse("1")); }
