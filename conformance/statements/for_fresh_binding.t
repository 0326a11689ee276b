// each iteration binds a fresh loop variable: closures made in the body see that iteration's value
fn main() {
    let fs: Vec<fn() -> Int> = [];
    for i in 0..3 { fs.push(|| i * 10); }
    for f in fs { println(f()); }
    let gs: Vec<fn() -> Str> = [];
    for w in ["a", "b"] { gs.push(|| w + w); }
    for g in gs { println(g()); }
    let hs: Vec<fn() -> Str> = [];
    for (k, v) in ["x": 1, "y": 2] { hs.push(|| "{k}{v}"); }
    for h in hs { println(h()); }
    let cs: Vec<fn() -> Str> = [];
    for c in "pq" { cs.push(|| c); }
    println(cs[0]() + cs[1]());
}
