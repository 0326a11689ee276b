// `for` over a Map, a Set or a Str goes over the items it had when the loop began; a Vec sees
// elements pushed in the body. break and continue work in each.
fn main() {
    let m = ["a": 1, "b": 2, "c": 3];
    let mut sum = 0;
    for (k, v) in m {
        m[k + k] = v * 10;
        if k == "b" { continue; }
        sum += v;
    }
    println("{sum} {m.len()}");
    let s = Set::new();
    s.insert(1);
    s.insert(2);
    for x in s {
        s.insert(x + 100);
        if x == 2 { break; }
    }
    println(s.len());
    let mut seen = "";
    for ch in "a😀b" {
        if ch == "b" { break; }
        seen = seen + "[" + ch + "]";
    }
    println(seen);
    let v = [1, 2];
    let mut n = 0;
    for x in v {
        if x < 4 { v.push(x + 2); }
        n += 1;
    }
    println("{n} {v}");
}
