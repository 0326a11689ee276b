fn apply(f: fn(Int) -> Int, x: Int) -> Int { f(x) }
fn double(x: Int) -> Int { x * 2 }
fn make_counter() -> fn() -> Int {
    let mut c = 0;
    || { c += 1; c }
}
fn main() {
    let mut count = 0;
    let inc = || { count += 1; };
    inc();
    inc();
    println(count);
    let k = 10;
    let add = |a, b| a + b + k;
    println(add(1, 2));
    println(apply(double, 21));
    println(apply(|x| x + 1, 1));
    let c = make_counter();
    c(); c();
    println(c());
    let mut fns: Vec<fn() -> Int> = Vec::new();
    for i in 0..3 { fns.push(|| i * 10); }
    for f in fns { println(f()); }
    let t = spawn(|| { sleep(10); 7 * 6 });
    println(t.join());
    let v = [1, 2, 3, 4];
    println(v.map(|x| x * x).filter(|x| x > 4));
    println(v.fold(0, |acc, x| acc + x));
    let p = spawn(|| { panic("boom"); 1 });
    println(p.join());
}
