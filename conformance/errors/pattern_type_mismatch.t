fn main() {
    let o: Option<Int> = Some(1);
    match o {
        Some("x") => println("x"),
        _ => println("other"),
    }
}
