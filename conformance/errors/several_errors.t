fn main() {
    let a: Int = true;
    let b = missing;
    let c = 1;
    c = 2;
}
