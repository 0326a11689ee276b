fn main() {
    let max = 9223372036854775807;
    let min = -max - 1;
    println(max.wrapping_add(1));
    println(min.wrapping_sub(1));
    println(max.wrapping_mul(2));
    println(3.wrapping_add(4));
    let mut h = 5381;
    for c in "ab".bytes().to_vec() { h = h.wrapping_mul(33).wrapping_add(c); }
    println(h);
}
