fn double(x: Int) -> Int { x * 2 }
fn is_even(x: Int) -> Bool { x % 2 == 0 }
fn add(a: Int, b: Int) -> Int { a + b }
fn main() {
    let v = [1, 2, 3, 4];
    println(v.map(double));
    println(v.filter(is_even));
    println(v.fold(0, add));
    let f = double;
    println(f(5));
    let fs = [double, |x| x + 100];
    println(fs[1](1));
}
