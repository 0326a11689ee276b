fn main() {
    println(9223372036854775808);
}
