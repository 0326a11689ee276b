fn main() {
    let s: Option<Int> = Some(5);
    let n: Option<Int> = None;
    println(s.unwrap());
    println(s.expect("has a value"));
    println(s.unwrap_or(0));
    println(n.unwrap_or(0));
    println(s.is_some());
    println(s.is_none());
    println(n.is_some());
    println(n.is_none());
    println(s.map(|x| x * 2));
    println(n.map(|x| x * 2));
    println(s.map(|x| "v{x}"));
    println(s.ok_or("none"));
    println(n.ok_or("none"));
}
