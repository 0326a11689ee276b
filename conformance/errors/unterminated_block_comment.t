fn main() {
    println(1);
}
/* never closed
