fn main() {
    println(nope(1));
}
