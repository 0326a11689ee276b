fn main() {
    let v = [1, 2, 3, 4, 5];
    println(v.map(|x| x * x));
    println(v.map(|x| "n{x}"));
    println(v.filter(|x| x % 2 == 1));
    println(v.fold(0, |acc, x| acc + x));
    println(v.fold("", |acc, x| acc + x.to_str()));
    println(v.any(|x| x > 4));
    println(v.any(|x| x > 5));
    println(v.all(|x| x > 0));
    println(v.all(|x| x > 1));
    let e: Vec<Int> = [];
    println(e.any(|x| true));
    println(e.all(|x| false));
    println(v);
}
