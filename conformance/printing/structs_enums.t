// pins: a struct with no fields prints as its bare name (Rust `{:?}` prints `Empty`)
struct Point { x: Float, y: Float }
struct Empty {}
struct Wrapper { inner: Point, tags: Vec<Str> }
enum Shape { Circle(Float), Rect(Float, Float), Nothing }
enum Holder { Pt(Point) }
fn main() {
    println(Point { x: 1.0, y: 2.0 });
    println(Shape::Circle(1.0));
    println(Shape::Rect(1.0, 2.5));
    println(Shape::Nothing);
    println(Wrapper { inner: Point { x: 0.0, y: -1.0 }, tags: ["a"] });
    println(Holder::Pt(Point { x: 1.0, y: 1.0 }));
    println([Shape::Nothing, Shape::Circle(0.5)]);
    println(Empty {});
}
