fn main() {
    let min = -9223372036854775807 - 1;
    println(min - 1);
}
