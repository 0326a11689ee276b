// pins: a trailing comma is allowed in argument, parameter, literal, field and variant lists (Rust)
struct P { x: Int, y: Int, }
enum E { A(Int,), B, }
fn add(a: Int, b: Int,) -> Int { a + b }
fn main() {
    println(add(1, 2,));
    println([1, 2, 3,]);
    println(["k": 1,]);
    println(P { x: 1, y: 2, });
    println(E::A(1,));
    let t = (1, 2,);
    println(t);
    println(match 1 { 1 => "one", _ => "other", });
}
