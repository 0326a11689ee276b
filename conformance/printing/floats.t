// pins: large exponents are written like `1e21`: no `+`, no `.0` on an integral mantissa
fn main() {
    println(1.0);
    println(0.1 + 0.2);
    println(1e21);
    println(0.0 / 0.0);
    println(1.0 / 0.0);
    println(-1.0 / 0.0);
    println(100.0);
    println(0.1);
    println(-2.5);
    println(2.0 / 3.0);
    println(1e22);
    println(123456.789);
    println(0.0);
    println(1.7976931348623157e308);
    println(3 as Float);
}
