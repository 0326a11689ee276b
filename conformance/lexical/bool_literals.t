fn main() {
    let t = true;
    let f = false;
    println(t);
    println(f);
    println(t && f);
    println(t || f);
    println(!f);
}
