// `m[k] += 1` reads m[k] first, so a missing key panics like any `m[k]` read
fn main() {
    let m = ["a": 1];
    m["a"] += 1;
    println(m);
    m["b"] += 1;
}
