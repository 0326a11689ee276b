fn main() {
    println("hello".len());
    println("héllo".len());
    println("😀a".len());
    println("".len());
    println("".is_empty());
    println(" ".is_empty());
    println("hello".contains("ell"));
    println("hello".contains("xyz"));
    println("hello".contains(""));
    println("hello".starts_with("he"));
    println("hello".starts_with("lo"));
    println("hello".ends_with("lo"));
    println("hello".ends_with("he"));
}
