struct Counter { n: Int, hist: Vec<Int> }
fn main() {
    let c = Counter { n: 0, hist: [0, 0, 0] };
    c.n += 5;
    c.n *= 3;
    c.hist[1] += 7;
    c.hist[2] = 9;
    c.hist[2] -= 1;
    println(c);
    let v = [1, 2, 3];
    v[0] = 10;
    v[1] *= 10;
    v[2] %= 2;
    println(v);
    let m = ["a": 1];
    m["a"] += 1;
    m["b"] = 5;
    m["a"] = m["a"] * 100;
    println(m);
}
