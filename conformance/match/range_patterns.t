fn grade(n: Int) -> Str {
    match n {
        0..=9 => "digit",
        10..=99 => "two digits",
        -9..=-1 => "negative digit",
        _ => "other",
    }
}
fn main() {
    println(grade(0));
    println(grade(9));
    println(grade(10));
    println(grade(99));
    println(grade(100));
    println(grade(-5));
    println(grade(-10));
    println(match Some(5) { Some(1..=9) => "small some", _ => "no" });
}
