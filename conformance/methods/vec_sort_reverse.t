// pins: sort_by takes a comparator returning a negative Int, zero or a positive Int (there is no
// Ordering type); both sorts are stable
fn main() {
    let v = [3, 1, 2, -5, 10];
    v.sort();
    println(v);
    let words = ["pear", "apple", "fig"];
    words.sort();
    println(words);
    words.sort_by(|a, b| a.len() - b.len());
    println(words);
    v.sort_by(|a, b| b - a);
    println(v);
    v.reverse();
    println(v);
    let fs = [2.5, -1.0, 0.5];
    fs.sort();
    println(fs);
    let pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")];
    pairs.sort_by(|p, q| p.0 - q.0);
    println(pairs);
}
