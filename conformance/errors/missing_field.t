struct P { x: Int, y: Int }
fn main() {
    let p = P { x: 1 };
    println(p);
}
