enum Color { Red, Green }
fn main() {
    let c = Color::Blue;
    println(c);
}
