fn main() {
    let mut x = 10;
    x /= 2;
    println(x);
    x /= 0;
}
