fn main() {
    let v = [1, 2, 3];
    let i = -1;
    println(v[i]);
}
