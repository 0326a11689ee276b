fn main() {
    let mut count = 0;
    let inc = || { count += 1; };
    inc();
    inc();
    println(count);
    let mut x = 1;
    let get = || x;
    x = 5;
    println(get());
    let mut s = "a";
    let append = |t: Str| { s = s + t; };
    append("b");
    append("c");
    println(s);
}
