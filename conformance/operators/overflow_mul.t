fn main() {
    let big = 4611686018427387904;
    println(big * 2);
}
