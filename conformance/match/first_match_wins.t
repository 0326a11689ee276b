// pins: an unreachable arm is allowed (Rust only warns; no warning is pinned here)
fn main() {
    let x = 1;
    let s = match x { 1 => "first", 1 => "second", _ => "rest" };
    println(s);
    let t = match (1, 2) { (_, 2) => "a", (1, _) => "b", _ => "c" };
    println(t);
}
