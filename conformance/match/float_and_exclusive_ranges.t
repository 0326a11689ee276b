// Float literal and range patterns (NaN matches none) and exclusive Int ranges, with alternatives.
fn kind(x: Float) -> Str {
    match x {
        0.5 => "half",
        0.0..=1.0 => "unit",
        -1.0..0.0 => "small negative",
        _ => "other",
    }
}

fn bucket(n: Int) -> Str {
    match n {
        0..10 | 100..110 => "low or hundred",
        10..=20 => "teens",
        _ => "other",
    }
}

fn main() {
    for x in [0.5, 0.0, 1.0, -0.5, -1.0, 0.0 / 0.0, 2.0, -0.0] { println("{x}: {kind(x)}"); }
    for n in [0, 9, 10, 20, 21, 100, 109, 110] { println("{n}: {bucket(n)}"); }
}
