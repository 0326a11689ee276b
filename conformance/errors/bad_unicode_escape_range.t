fn main() {
    println("\u{110000}");
}
