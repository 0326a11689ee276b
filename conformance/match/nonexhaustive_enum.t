enum Shape { Circle(Float), Rect(Float, Float), Empty }
fn area(s: Shape) -> Float {
    match s {
        Shape::Circle(r) => r * r,
        Shape::Rect(w, h) => w * h,
    }
}
fn main() { println(area(Shape::Empty)); }
