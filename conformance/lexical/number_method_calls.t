// a method call right after a number literal: `3.min(4)` is Int 3 calling min, `2.0.sqrt()` a Float
fn main() {
    println(3.min(4));
    println(2.0.sqrt() * 2.0.sqrt() > 1.99);
    println(10.to_str().len());
    let t = ((1, 2), 3);
    println(t.0.1);
}
