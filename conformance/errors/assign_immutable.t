fn main() {
    let a = 1;
    a = 2;
    println(a);
}
