fn add(a: Int, b: Int) -> Int { a + b }
fn mul(a: Int, b: Int) -> Int { a * b }
fn combine(f: fn(Int, Int) -> Int, a: Int, b: Int) -> Int { f(a, b) }
fn pick(name: Str) -> fn(Int, Int) -> Int {
    if name == "add" { add } else { mul }
}
fn main() {
    let ops: Vec<fn(Int, Int) -> Int> = [add, mul, |a, b| a - b];
    for op in ops { println(op(6, 3)); }
    println(combine(add, 2, 3));
    println(pick("mul")(4, 5));
    let f: fn() -> Str = || "called";
    println(f());
}
