// pins: slice(from, to) is from inclusive, to exclusive, and returns a new Vec
fn main() {
    println(["a", "b", "c"].join(", "));
    println(["solo"].join("-"));
    let e: Vec<Str> = [];
    println(e.join(",").is_empty());
    let v = [10, 20, 30, 40];
    println(v.slice(1, 3));
    println(v.slice(0, 0));
    println(v.slice(0, 4));
    let s = v.slice(0, 2);
    s.push(99);
    println(v);
}
