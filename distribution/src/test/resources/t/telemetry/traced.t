// TelemetryIT: #[trace] functions print the same on every tier, with a span per call.
#[trace]
fn work(n: Int) -> Int {
    if n == 0 { return 0; }
    let mut s = 0;
    for i in 0..n { s = s + i; }
    s
}

#[trace]
fn outer(tier: Str) -> Result<Int, Str> {
    let checked = if tier.is_empty() { Err("no tier") } else { Ok(tier.len()) };
    let n = checked?;
    Ok(work(0) + work(10) + work(100) + n)
}

fn main(args: Vec<Str>) {
    println("sum {outer(args[0])}");
}
