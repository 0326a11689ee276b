fn main() {
    let nan = 0.0 / 0.0;
    let inf = 1.0 / 0.0;
    println(nan);
    println(inf);
    println(-inf);
    println(nan == nan);
    println(nan != nan);
    println(nan < 1.0);
    println(inf > 1e308);
    println(inf - inf);
    println(0.1 + 0.2 == 0.3);
    println(1e308 * 10.0);
}
