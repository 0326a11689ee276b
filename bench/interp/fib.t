fn fib(n: Int) -> Int {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let r = fib(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(r); }
    }
}
