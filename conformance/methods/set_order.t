// a Set iterates in insertion order; removing and inserting again moves an element to the end
fn main() {
    let s = Set::new();
    for x in [5, 3, 9, 3, 1] { s.insert(x); }
    let a = [];
    for x in s { a.push(x); }
    println(a);
    s.remove(5);
    s.insert(5);
    let b = [];
    for x in s { b.push(x); }
    println(b);
}
