fn map_all<T, U>(v: Vec<T>, f: fn(T) -> U) -> Vec<U> {
    let out = Vec::new();
    for x in v { out.push(f(x)); }
    out
}
fn main() {
    let m = Map::new();
    m.insert("a", Vec::new());
    m["a"].push(1);
    println(m);
    println(map_all([1, 2], |x| x.to_str() + "!"));
    let groups = Map::new();
    for w in ["apple", "avocado", "banana"] {
        let k = w.substring(0, 1);
        if !groups.contains_key(k) { groups.insert(k, []); }
        groups[k].push(w);
    }
    println(groups);
}
