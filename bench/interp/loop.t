// A tight integer loop: arithmetic, comparison and a branch per iteration.
fn sum_loop(n: Int) -> Int {
    let mut sum = 0;
    let mut i = 0;
    while i < n {
        if i % 3 == 0 { sum += i ^ (i >> 3); } else { sum -= i & 1023; }
        i += 1;
    }
    sum
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let sum = sum_loop(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(sum); }
    }
}
