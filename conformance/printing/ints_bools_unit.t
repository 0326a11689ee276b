fn main() {
    println(42);
    println(-7);
    println(0);
    println(-9223372036854775807 - 1);
    println(true);
    println(false);
    println(());
}
