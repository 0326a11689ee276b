// pins: insert/remove return whether the set changed (Rust HashSet)
fn main() {
    let s = Set::new();
    println(s.len());
    println(s.insert(3));
    println(s.insert(1));
    println(s.insert(3));
    println(s.len());
    println(s.contains(1));
    println(s.contains(2));
    println(s.remove(1));
    println(s.remove(1));
    println(s.len());
    s.insert(7);
    s.insert(5);
    let items = [];
    for x in s { items.push(x); }
    println(items);
}
