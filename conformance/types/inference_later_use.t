// the element type of an empty collection is inferred from later uses
fn main() {
    let s = Set::new();
    s.insert("a");
    s.insert("b");
    println(s.len());
    let v = Vec::new();
    v.push(1.5);
    println(v);
    let m = Map::new();
    m.insert(1, "one");
    println(m);
    let acc = [];
    acc.push("x");
    println(acc);
    let e = [:];
    e.insert("k", true);
    println(e);
}
