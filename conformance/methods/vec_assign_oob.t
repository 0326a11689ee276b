fn main() {
    let v = [1];
    v[1] = 2;
}
