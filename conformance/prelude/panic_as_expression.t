// panic(..) can stand where any type is expected
fn pick(n: Int) -> Str {
    match n { 1 => "one", _ => panic("no name for {n}") }
}
fn main() {
    println(pick(1));
    let x: Int = if true { 5 } else { panic("never") };
    println(x);
    println(pick(2));
}
