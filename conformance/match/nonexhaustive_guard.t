// a guarded arm does not count towards exhaustiveness
fn main() {
    let o = Some(1);
    match o {
        Some(n) if n > 0 => println(n),
        None => println("none"),
    }
}
