fn main() {
    println("a,b,c".split(","));
    println("a,,b".split(","));
    println("abc".split(","));
    println("a::b".split("::"));
    println("héllo".chars());
    println("".chars());
    println("ab".chars().len());
}
