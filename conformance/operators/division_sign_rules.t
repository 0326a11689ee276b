// `/` truncates toward zero; `%` takes the sign of the dividend
fn main() {
    println(7 / 2);
    println(-7 / 2);
    println(7 / -2);
    println(-7 / -2);
    println(7 % 3);
    println(-7 % 3);
    println(7 % -3);
    println(-7 % -3);
    println(0 / 5);
    println(6 % 3);
    println(-9223372036854775807 / 2);
}
