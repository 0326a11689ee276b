// no implicit Int/Float conversion, not even for a literal
fn main() {
    let x: Float = 1;
    println(x);
}
