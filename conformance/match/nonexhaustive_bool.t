fn main() {
    let b = true;
    let s = match b { true => "t" };
    println(s);
}
