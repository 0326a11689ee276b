fn f(r: Result<Int, Str>) -> Option<Int> {
    let v = r?;
    Some(v)
}
fn main() { println(f(Ok(1))); }
