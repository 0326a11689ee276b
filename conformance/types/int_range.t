fn main() {
    let max = 9223372036854775807;
    let min = -max - 1;
    println(max);
    println(min);
    println(max.wrapping_add(1) == min);
    println(-1 - max == min);
}
