struct Point { x: Float, y: Float }
fn main() {
    let p = Point { x: 1.0, y: 2.0 };
    println(p.x);
    println(p.y);
    println(p);
    p.x = 3.5;
    println(p);
    let q = p;
    q.y = -1.0;
    println(p.y);
}
