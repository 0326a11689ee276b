fn main() {
    let z = 0;
    println(5 % z);
}
