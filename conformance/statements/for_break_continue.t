fn main() {
    let mut out = [];
    for i in 0..100 {
        if i % 3 == 0 { continue; }
        if i > 10 { break; }
        out.push(i);
    }
    println(out);
    let words = ["a", "stop", "b"];
    for w in words {
        if w == "stop" { break; }
        println(w);
    }
    for (k, v) in ["a": 1, "b": 2, "c": 3] {
        if v == 2 { continue; }
        println(k);
    }
}
