fn main() {
    let mut n = 0;
    let outer = || {
        let inner = || { n += 1; };
        inner();
        inner();
    };
    outer();
    println(n);
    let make = |k: Int| |x: Int| x * k;
    let triple = make(3);
    println(triple(5));
    let inc = |x| x + 1;
    println(inc(41));
}
