struct P { x: Int }
fn main() {
    let x = 41;
    let name = "T";
    let v = [1, 2];
    let p = P { x: 3 };
    println("x = {x + 1}");
    println("hello, {name}!");
    println("{x}{x}");
    println("len {v.len()} of {v}");
    println("p.x = {p.x}");
    println("{1.0} {true} {()}");
    println("{{literal}} and {{x}}");
    println("{{{x}}}");
    println("");
    println("no interpolation");
    let s = "a{x}b";
    println(s.len());
}
