fn classify(p: (Int, Int)) -> Str {
    match p {
        (x, y) if x == y => "diagonal",
        (x, _) if x < 0 => "left",
        (0, _) => "axis",
        _ => "elsewhere",
    }
}
fn main() {
    println(classify((2, 2)));
    println(classify((-1, 5)));
    println(classify((0, 3)));
    println(classify((4, 1)));
    let o = Some(10);
    let r = match o {
        Some(n) if n > 100 => "huge",
        Some(n) if n % 2 == 0 => "even",
        Some(_) => "odd",
        None => "none",
    };
    println(r);
    // a guard that fails falls through to the next arm, even with the same pattern
    println(match 5 { n if n > 10 => "big", n if n > 3 => "medium", _ => "small" });
}
