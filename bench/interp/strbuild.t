// A string builder: many small interpolated pieces pushed on a Vec<Str> and joined, the idiom T has
// for building text (Str is immutable).
fn build(n: Int, round: Int) -> Str {
    let parts = Vec::new();
    for i in 0..n {
        let k = i + round;
        parts.push("row {k}: {k * 7 % 13},{k % 100} ok");
    }
    parts.join("\n")
}

fn run(rounds: Int) -> Int {
    let mut total = 0;
    for round in 0..rounds {
        let s = build(10000, round);
        total += s.len();
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
