// Runs a hot loop until it is stopped (its test gives it a deadline), saying when it started.
fn spin(n: Int) -> Int {
    let mut s = 0;
    for i in 0..n { s = s + (i * i) % 7; }
    s
}
fn main() {
    println("started");
    let mut total = 0;
    loop { total = total + spin(1000000); }
}
