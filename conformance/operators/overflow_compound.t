fn main() {
    let mut x = 9223372036854775800;
    for i in 0..10 {
        x += 1;
        println(i);
    }
}
