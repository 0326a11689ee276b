// A closure-heavy pipeline: map, filter and fold over a Vec<Int> with closures that capture locals.
fn run(rounds: Int) -> Int {
    let xs = Vec::new();
    for i in 0..10000 { xs.push(i); }
    let mut total = 0;
    for round in 0..rounds {
        let k = round % 17;
        let m = 3 + round % 5;
        let ys = xs.map(|x| x * m + k).filter(|y| y % 3 != 0).map(|y| y / 2);
        total += ys.fold(0, |acc, y| acc + y % 1000) + ys.len();
        if ys.any(|y| y == k) { total += 1; }
    }
    total
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let r = run(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(r); }
    }
}
