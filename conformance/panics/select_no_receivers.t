fn main() {
    let none: Vec<Receiver<Int>> = [];
    println(select(none));
}
