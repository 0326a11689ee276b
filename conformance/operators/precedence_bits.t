// loosest first: `|`, `^`, `&`, `<< >> >>>`, `+ -`
fn main() {
    println(1 | 2 ^ 3 & 4);
    println(6 ^ 3 | 8);
    println(1 + 2 << 3);
    println(1 << 2 + 1);
    println(12 & 10 ^ 1);
    println(0xf0 | 0x0f & 0x3c);
    println(5 & 3 == 1);
}
