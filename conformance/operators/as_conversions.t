// `as` binds tighter than unary minus: `-1e300 as Int` is `-(1e300 as Int)`
fn main() {
    println(3.9 as Int);
    println(-3.9 as Int);
    println(0.5 as Int);
    println(-0.5 as Int);
    println(10 as Float);
    println(-7 as Float);
    println((0.0 / 0.0) as Int);
    println(1e300 as Int);
    println(-1e300 as Int);
    println((-1e300) as Int);
    println((1.0 / 0.0) as Int);
    println((-1.0 / 0.0) as Int);
    println(9223372036854775807 as Float);
    println(9.223372036854776e18 as Int);
}
