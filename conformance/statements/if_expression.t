fn classify(n: Int) -> Str {
    if n < 0 { "neg" } else if n == 0 { "zero" } else if n < 10 { "small" } else { "big" }
}
fn main() {
    println(classify(-5));
    println(classify(0));
    println(classify(3));
    println(classify(30));
    let x = if true { 1 } else { 2 };
    println(x + if x > 0 { 10 } else { 20 });
    let mut hit = false;
    if x == 1 { hit = true; }
    println(hit);
}
