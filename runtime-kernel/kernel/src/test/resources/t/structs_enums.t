pub struct Point { x: Float, y: Float }
pub enum Shape { Circle(Float), Rect(Float, Float), Empty }
impl Point {
    pub fn new(x: Float, y: Float) -> Point { Point { x: x, y: y } }
    pub fn norm(self) -> Float { (self.x * self.x + self.y * self.y).sqrt() }
    fn shift(self, dx: Float) { self.x += dx; }
}
pub fn area(s: Shape) -> Float {
    match s {
        Shape::Circle(r) => 3.141592653589793 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Empty => 0.0,
    }
}
struct Stack<T> { items: Vec<T> }
impl<T> Stack<T> {
    fn new() -> Stack<T> { Stack { items: Vec::new() } }
    fn push(self, x: T) { self.items.push(x); }
    fn pop(self) -> Option<T> { self.items.pop() }
}
fn first<T>(v: Vec<T>) -> Option<T> { v.get(0) }
fn parse(s: Str) -> Result<Int, Str> {
    match s.parse_int() { Some(n) => Ok(n), None => Err("bad: " + s) }
}
fn sum2(a: Str, b: Str) -> Result<Int, Str> {
    let x = parse(a)?;
    let y = parse(b)?;
    Ok(x + y)
}
fn describe(n: Int) -> Str {
    match n {
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        x if x < 0 => "negative",
        _ => "big",
    }
}
fn main() {
    let p = Point::new(3.0, 4.0);
    println(p.norm());
    println(p);
    p.shift(1.0);
    p.y = 0.5;
    println(p);
    println(area(Shape::Circle(1.0)));
    println(area(Shape::Rect(2.0, 3.0)));
    println(Shape::Rect(2.0, 3.0));
    println(Shape::Empty);
    let s = Stack::new();
    s.push(1);
    s.push(2);
    println(s.pop());
    println(first(["a", "b"]));
    println(sum2("1", "2"));
    println(sum2("1", "x"));
    for n in [0, 2, 5, -3, 100] { println(describe(n)); }
    let (a, b) = (1, "two");
    println("{a} {b}");
    let m = ["a": 1, "b": 2];
    println(m);
    m["c"] = 3;
    m["a"] += 10;
    println(m.get("a"));
    for (k, v) in m { print(k); print(v); print(" "); }
    println("");
    let set = Set::new();
    set.insert("x");
    set.insert("x");
    println(set.len());
    let e: Map<Str, Int> = [:];
    println(e);
    println(Point { x: 1.0, y: 2.0 } == Point { x: 1.0, y: 2.0 });
    let mut sum = 0;
    for i in 0..=10 { sum += i; }
    println(sum);
    for c in "héllo" { print(c + "."); }
    println("");
    let o: Option<Int> = None;
    println(o.unwrap_or(5));
    let t = (1, (2, 3));
    println(t.1.0);
    let mut v = [3, 1, 2];
    v.sort();
    println(v);
    v.sort_by(|a, b| b - a);
    println(v);
    println(["a", "b"].join("-"));
}
