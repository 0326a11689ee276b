fn main() {
    println((-5).abs());
    println(5.abs());
    println(3.min(4));
    println(3.max(4));
    println((-3).min(-4));
    println(2.pow(10));
    println(3.pow(0));
    println((-2).pow(3));
    println(42.to_str() + "!");
    println((-7).to_str().len());
    println(9223372036854775807.wrapping_add(2));
    println(0.wrapping_sub(1));
    println(3037000500.wrapping_mul(3037000500));
}
