// these matches cover every value without a catch-all arm, so they compile
enum Light { Red, Yellow, Green }
fn both(a: Bool, b: Bool) -> Str {
    match (a, b) {
        (true, true) => "both",
        (true, false) => "first",
        (false, _) => "not first",
    }
}
fn pair(o: Option<Int>, r: Result<Int, Str>) -> Str {
    match (o, r) {
        (Some(_), Ok(_)) => "some ok",
        (None, _) => "none",
        (_, Err(e)) => "err " + e,
    }
}
fn next(l: Light) -> Light {
    match l { Light::Red => Light::Green, Light::Green => Light::Yellow, Light::Yellow => Light::Red }
}
fn main() {
    println(both(true, false));
    println(both(false, true));
    println(pair(Some(1), Ok(2)));
    println(pair(None, Err("x")));
    println(pair(Some(1), Err("y")));
    println(next(Light::Red));
    println(match Some(true) { Some(true) => 1, Some(false) => 2, None => 3 });
}
