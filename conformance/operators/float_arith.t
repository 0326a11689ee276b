// pins: Float `/` by zero gives inf/NaN (IEEE, no panic); Float `%` takes the sign of the dividend
fn main() {
    println(0.1 + 0.2);
    println(1.0 / 3.0);
    println(7.5 % 2.0);
    println(-7.5 % 2.0);
    println(1.0 / 0.0);
    println(-1.0 / 0.0);
    println(0.0 / 0.0);
    println(2.0 * 3.5 - 1.0);
    println(-(2.5));
}
