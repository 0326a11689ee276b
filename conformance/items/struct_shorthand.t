// pins: a Str field prints quoted inside a struct (Rust {:?}); fields print in declaration order
struct Point { x: Float, y: Float }
struct User { name: Str, age: Int }
fn main() {
    let x = 1.0;
    let y = 2.0;
    let p = Point { x, y };
    println(p);
    let name = "ann";
    let u = User { name, age: 30 };
    println(u);
    let v = User { age: 4, name: "bo" };
    println(v);
}
