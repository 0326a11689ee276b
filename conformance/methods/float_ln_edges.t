// pins: IEEE results for edge inputs (no panics): ln(0) = -inf, ln(-1) = NaN, sqrt(-1) = NaN
fn main() {
    println((0.0).ln());
    println((-1.0).ln());
    println((-1.0).sqrt());
    println((1.0 / 0.0).sqrt());
}
