fn main() {
    for x in [10, 20, 30] { println(x); }
    let s = Set::new();
    s.insert("z");
    s.insert("a");
    s.insert("z");
    s.insert("m");
    for x in s { println(x); }
    let m = ["one": 1, "two": 2, "three": 3];
    for (k, v) in m { println("{k}={v}"); }
    for kv in ["x": true] { println(kv); }
    for c in "héllo" { print(c); print("|"); }
    println("");
    let empty: Vec<Int> = [];
    for x in empty { println(x); }
}
