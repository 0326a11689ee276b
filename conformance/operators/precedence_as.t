// `as` binds tighter than the binary operators and than unary minus: `-3 as Float` is `-(3 as Float)`
fn main() {
    println(-3 as Float);
    println(1 + 2 as Float as Int);
    println(7 as Float / 2.0);
    println(2.9 as Int * 2);
    let n = 5;
    println(n as Float * 0.5);
}
