fn add_one(v: Vec<Int>) { v.push(1); }
fn main() {
    let a = [0];
    let b = a;
    b.push(9);
    add_one(a);
    println(a);
    println(b);
    let m = ["k": 1];
    let m2 = m;
    m2["k"] = 2;
    println(m);
}
