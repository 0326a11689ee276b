import geo.shapes.{Point, Shape};
fn describe(s: Shape) -> Str {
    match s {
        Shape::Circle(c, r) => "circle at {c.x},{c.y} r={r}",
        Shape::Square(_, side) => "square {side}",
    }
}
fn main() {
    let p = Point::new(0.0, 0.0);
    println(p.dist(Point::new(3.0, 4.0)));
    let s = Shape::Circle(p, 2.0);
    println(s.area());
    println(describe(s));
    println(describe(Shape::Square(p, 1.5)));
    println(s);
    let m = Map::new();
    m.insert(Point::new(1.0, 1.0), "one");
    println(m.get(Point::new(1.0, 1.0)));
}
