// A tight integer loop: arithmetic, comparison and a branch per iteration.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let t0 = now_ms();
    let mut sum = 0;
    let mut i = 0;
    while i < n {
        if i % 3 == 0 { sum += i ^ (i >> 3); } else { sum -= i & 1023; }
        i += 1;
    }
    eprintln("ms {now_ms() - t0}");
    println(sum);
}
