// A word count: a text of pseudo-random words (a linear congruential generator) split into words,
// counted in a Map<Str, Int>.
fn text(words: Int, seed: Int) -> Str {
    let parts = Vec::new();
    let mut x = seed;
    for i in 0..words {
        x = (x * 1103515245 + 12345) % 2147483648;
        parts.push("w{x / 65536 % 5000}");
    }
    parts.join(" ")
}

fn count(s: Str) -> Map<Str, Int> {
    let m: Map<Str, Int> = Map::new();
    for w in s.split(" ") {
        match m.get(w) {
            Some(c) => m[w] = c + 1,
            None => m[w] = 1,
        }
    }
    m
}

fn run(rounds: Int) -> Int {
    let mut total = 0;
    for round in 0..rounds {
        let m = count(text(100000, round));
        total += m.len() + m["w42"] * 1000;
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
