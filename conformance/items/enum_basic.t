enum Shape { Circle(Float), Rect(Float, Float), Empty }
fn area(s: Shape) -> Float {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Empty => 0.0,
    }
}
fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Rect(2.0, 3.5), Shape::Empty];
    for s in shapes { println(area(s)); }
    println(shapes);
    println(Shape::Circle(2.0));
    println(Shape::Empty);
    println(Shape::Rect(1.0, 2.0) == Shape::Rect(1.0, 2.0));
    println(Shape::Rect(1.0, 2.0) == Shape::Circle(1.0));
}
