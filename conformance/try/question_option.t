fn first_even(v: Vec<Int>) -> Option<Int> {
    for x in v { if x % 2 == 0 { return Some(x); } }
    None
}
fn half_of_first_even(v: Vec<Int>) -> Option<Int> {
    let e = first_even(v)?;
    Some(e / 2)
}
fn chained(s: Str) -> Option<Int> {
    let n = s.parse_int()?;
    let doubled = Some(n * 2)?;
    Some(doubled + 1)
}
fn main() {
    println(half_of_first_even([1, 3, 8]));
    println(half_of_first_even([1, 3]));
    println(chained("20"));
    println(chained("x"));
}
