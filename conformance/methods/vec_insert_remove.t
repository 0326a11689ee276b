// pins: remove(i) returns the removed element and shifts the rest left; insert(i, x) shifts right (Rust Vec)
fn main() {
    let v = [1, 2, 3];
    v.insert(0, 0);
    v.insert(4, 4);
    v.insert(2, 9);
    println(v);
    println(v.remove(2));
    println(v);
    println(v.remove(0));
    println(v);
    println(v.contains(3));
    println(v.contains(9));
}
