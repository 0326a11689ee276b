pub fn add(a: Int, b: Int) -> Int { a + b }
pub fn greet(name: Str) -> Str { "hello, " + name }
pub struct Point { x: Float, y: Float }
pub fn norm(p: Point) -> Float { (p.x * p.x + p.y * p.y).sqrt() }
