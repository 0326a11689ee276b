fn main() {
    let a = { 1 + 2 };
    let b = {
        let t = a * 2;
        t + 1
    };
    let c = { let u = 5; { u * u } };
    println(a);
    println(b);
    println(c);
    let unit = { let _ = 1; };
    println(unit);
    println({ "s" });
}
