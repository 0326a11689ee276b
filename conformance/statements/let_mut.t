fn main() {
    let x = 1;
    let mut y = x;
    y = y + 10;
    println(x);
    println(y);
    let z: Float = 1.5;
    let mut w: Str = "a";
    w = w + "b";
    println(z);
    println(w);
}
