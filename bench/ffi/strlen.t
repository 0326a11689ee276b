// One foreign call per iteration that copies a Str to C: strlen of a CStr.
extern "libc.so.6" { fn strlen(s: CStr) -> c_size_t; }

fn lengths(n: Int, s: Str) -> Int {
    let mut sum = 0;
    let mut i = 0;
    while i < n {
        sum += strlen(s);
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
        let sum = lengths(n, "a string of some length");
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(sum); }
    }
}
