fn main() {
    println("bad \q escape");
}
