// pins: round() rounds half away from zero (Rust f64::round)
fn main() {
    println((-2.5).abs());
    println((2.0).sqrt());
    println((16.0).sqrt());
    println((2.7).floor());
    println((-2.7).floor());
    println((2.1).ceil());
    println((-2.1).ceil());
    println((2.5).round());
    println((-2.5).round());
    println((2.4).round());
    println((0.0).sin());
    println((0.0).cos());
    println((0.0).exp());
    println((1.0).exp());
    println((1.0).ln());
    println((2.0).pow(10.0));
    println((4.0).pow(0.5));
    println((1.5).min(2.5));
    println((1.5).max(2.5));
    println((0.0 / 0.0).is_nan());
    println((1.0).is_nan());
    println((-1.0).sqrt().is_nan());
}
