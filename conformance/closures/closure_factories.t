fn make_adder(n: Int) -> fn(Int) -> Int { |x| x + n }
fn make_counter() -> fn() -> Int {
    let mut c = 0;
    || { c += 1; c }
}
fn compose(f: fn(Int) -> Int, g: fn(Int) -> Int) -> fn(Int) -> Int { |x| g(f(x)) }
fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println(add5(1));
    println(add10(1));
    let c1 = make_counter();
    let c2 = make_counter();
    c1();
    c1();
    println(c1());
    println(c2());
    let h = compose(add5, |x| x * 2);
    println(h(1));
}
