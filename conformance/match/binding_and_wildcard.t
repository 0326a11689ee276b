fn main() {
    let v = 7;
    match v {
        n => println("bound {n}"),
    }
    match v {
        _ => println("wildcard"),
    }
    let r = match v * 2 { 0 => 0, doubled => doubled + 1 };
    println(r);
}
