// pins: remove returns the removed value as an Option (Rust HashMap::remove)
fn main() {
    let m: Map<Str, Int> = Map::new();
    println(m);
    println(m.len());
    m.insert("b", 2);
    m.insert("a", 1);
    println(m);
    println(m.len());
    println(m.get("a"));
    println(m.get("zz"));
    println(m["b"]);
    println(m.contains_key("a"));
    println(m.contains_key("c"));
    println(m.keys());
    println(m.values());
    println(m.remove("b"));
    println(m.remove("b"));
    println(m);
    let lit = ["x": 1.5, "y": 2.5];
    println(lit);
    let empty: Map<Int, Int> = [:];
    println(empty);
}
