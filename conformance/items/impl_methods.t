struct Point { x: Float, y: Float }
impl Point {
    pub fn new(x: Float, y: Float) -> Point { Point { x: x, y: y } }
    fn origin() -> Point { Point::new(0.0, 0.0) }
    pub fn norm(self) -> Float { (self.x * self.x + self.y * self.y).sqrt() }
    fn scale(self, k: Float) { self.x = self.x * k; self.y *= k; }
    fn plus(self, o: Point) -> Point { Point::new(self.x + o.x, self.y + o.y) }
    fn norm_plus(self, o: Point) -> Float { self.plus(o).norm() }
}
fn main() {
    let p = Point::new(3.0, 4.0);
    println(p.norm());
    p.scale(2.0);
    println(p);
    println(Point::origin());
    println(p.norm_plus(Point::new(-6.0, -8.0)));
    println(Point::new(1.0, 1.0).plus(p).x);
}
