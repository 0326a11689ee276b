fn main() {
    let n = 1;
    let f = 2.0;
    println(n + f);
}
