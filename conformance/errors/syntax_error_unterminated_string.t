fn main() {
    println("never closed);
}
