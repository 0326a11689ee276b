fn main() {
    let mut x = 10;
    x += 5;
    println(x);
    x -= 3;
    println(x);
    x *= 4;
    println(x);
    x /= 5;
    println(x);
    x %= 4;
    println(x);
    let mut f = 1.5;
    f += 1.0;
    f *= 2.0;
    f -= 0.5;
    f /= 2.0;
    println(f);
    let mut s = "a";
    s += "b";
    println(s);
}
