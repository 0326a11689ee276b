fn main() {
    println("partial output is kept");
    panic("boom");
}
