// to_str and interpolation give the top-level printed form
fn main() {
    let n = 5;
    println(n.to_str() == "{n}");
    println((-12).to_str());
    println("{0.1 + 0.2}");
    println("{[1, 2]}");
}
