fn main() {
    for i in 0..3 { print(i); print(" "); }
    println("");
    for i in 0..=3 { print(i); }
    println("");
    for i in 5..0 { println("never {i}"); }
    for i in 3..3 { println("never {i}"); }
    for i in 3..=3 { println("once {i}"); }
    let n = 4;
    let mut sum = 0;
    for i in 1..=n { sum += i; }
    println(sum);
    for i in -2..1 { print(i); }
    println("");
}
