fn main() {
    let a = 1;
    let x: Int = "a";
    a = 2;
    let y = undefined_thing + 1;
    foo(1, 2);
    let z = 1 + true;
}
fn foo(a: Int) -> Int { "s" }
