fn main() {
    let v: Vec<Int> = Vec::new();
    println(v.is_empty());
    v.push(1);
    v.push(2);
    v.push(3);
    println(v);
    println(v.len());
    println(v.is_empty());
    println(v[0] + v[2]);
    println(v.get(1));
    println(v.get(5));
    println(v.get(-1));
    println(v.pop());
    println(v);
    let e: Vec<Str> = [];
    println(e.pop());
    println(Vec::with(3, 0));
    println(Vec::with(2, "ab"));
    println(Vec::with(0, 1.5));
}
