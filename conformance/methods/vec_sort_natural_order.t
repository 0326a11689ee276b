// pins: the natural order of sort is Rust's Ord: false < true, None < Some(_), tuples
// compare element by element
fn main() {
    let t = [(2, "a"), (1, "b"), (1, "a")];
    t.sort();
    println(t);
    let b = [true, false, true];
    b.sort();
    println(b);
    let o = [Some(2), None, Some(1)];
    o.sort();
    println(o);
    let s = ["b", "B", "a", "ab", ""];
    s.sort();
    println(s);
}
