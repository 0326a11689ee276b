// One function that takes nearly all the time (hot), one that takes none (cold), and allocation in a third.
fn hot(n: Int) -> Int {
    let mut s = 0;
    for i in 0..n { s = s + (i * i) % 7; }
    s
}
fn cold(n: Int) -> Int { n + 1 }
fn builds(n: Int) -> Int {
    let mut v: Vec<Str> = Vec::new();
    for i in 0..n { v.push("item {i}"); }
    v.len()
}
fn main() {
    let mut total = 0;
    for r in 0..60 { total = total + hot(3000000) + cold(r); }
    println(total + builds(200000));
}
