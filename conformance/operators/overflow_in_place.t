fn main() {
    let v = [9223372036854775807];
    v[0] -= 1;
    println(v);
    v[0] += 2;
}
