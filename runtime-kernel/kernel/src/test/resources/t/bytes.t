fn main() {
    let b = "hé".bytes();
    println(b.len());
    println(b);
    b[0] = 72;
    b.push(33);
    println(b.to_str());
    let mut sum = 0;
    for x in b { sum += x; }
    println(sum);
    println(b[1]);
    println(b.get(10));
    let e = Bytes::new();
    println(e.is_empty());
}
