fn main() {
    let max = 9223372036854775807;
    println("before");
    println(max + 1);
    println("after");
}
