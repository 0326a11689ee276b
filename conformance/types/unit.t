fn nothing() {}
fn also_nothing() -> () { () }
fn main() {
    let u = nothing();
    println(u);
    println(also_nothing());
    println(u == ());
    let b = { 1; };
    println(b);
    let i = if false { };
    println(i);
}
