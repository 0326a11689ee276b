// a Map iterates in insertion order; replacing a value keeps the key's place, removing and
// inserting again moves it to the end (pins the last two, as IndexMap/LinkedHashMap do)
fn main() {
    let m = ["c": 3, "a": 1, "b": 2];
    m.insert("a", 10);
    println(m);
    m["c"] = 30;
    println(m);
    m.remove("c");
    m.insert("c", 300);
    println(m);
    println(m.keys());
    for (k, v) in m { print("{k}{v} "); }
    println("");
}
