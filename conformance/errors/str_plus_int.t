fn main() {
    println("n = " + 1);
}
