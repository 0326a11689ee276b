fn main() {
    let o: Option<Int> = Some(1);
    let v = match o {
        Some(n) => n,
    };
    println(v);
}
