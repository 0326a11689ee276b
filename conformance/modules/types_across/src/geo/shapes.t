pub struct Point { x: Float, y: Float }
pub enum Shape { Circle(Point, Float), Square(Point, Float) }
impl Point {
    pub fn new(x: Float, y: Float) -> Point { Point { x, y } }
    pub fn dist(self, o: Point) -> Float { ((self.x - o.x).pow(2.0) + (self.y - o.y).pow(2.0)).sqrt() }
}
impl Shape {
    pub fn area(self) -> Float {
        match self { Shape::Circle(_, r) => 3.0 * r * r, Shape::Square(_, s) => s * s }
    }
}
