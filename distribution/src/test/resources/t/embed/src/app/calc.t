pub struct Point { x: Float, y: Float }
pub enum Shape { Circle(Float), Rect(Float, Float), Empty }

static mut calls: Int = 0;

pub fn add(a: Int, b: Int) -> Int { a + b }
pub fn half(x: Float) -> Float { x / 2.0 }
pub fn not(b: Bool) -> Bool { !b }
pub fn greet(name: Str) -> Str { "hello, {name}" }
pub fn total(xs: Vec<Int>) -> Int { xs.fold(0, |acc, x| acc + x) }
pub fn squares(n: Int) -> Vec<Int> { let mut v = Vec::new(); for i in 0..n { v.push(i * i); } v }
pub fn lengths(words: Vec<Str>) -> Map<Str, Int> { let mut m = Map::new(); for w in words { m[w] = w.len(); } m }
pub fn norm(p: Point) -> Float { (p.x * p.x + p.y * p.y).sqrt() }
pub fn scale(p: Point, k: Float) -> Point { Point { x: p.x * k, y: p.y * k } }
pub fn area(s: Shape) -> Float {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Empty => 0.0,
    }
}
pub fn find(xs: Vec<Str>, w: Str) -> Option<Int> {
    for i in 0..xs.len() { if xs[i] == w { return Some(i); } }
    None
}
pub fn parse(s: Str) -> Result<Int, Str> {
    match s.parse_int() { Some(n) => Ok(n), None => Err("not a number: {s}") }
}
pub fn unwrap_or_zero(o: Option<Int>) -> Int { o.unwrap_or(0) }
pub fn pair(a: Int, s: Str) -> (Int, Str) { (a, s) }
pub fn count() -> Int { calls += 1; calls }
pub fn say(s: Str) { println(s); }
pub fn divide(a: Int, b: Int) -> Int { inner(a, b) }
fn inner(a: Int, b: Int) -> Int { a / b }
pub fn spin() -> Int { let mut i = 0; loop { i += 1; } }
pub fn fib(n: Int) -> Int { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
pub fn fail(s: Str) -> Int { panic("bad {s}") }
