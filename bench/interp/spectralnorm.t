// Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1).
fn a(i: Int, j: Int) -> Float {
    1.0 / (((i + j) * (i + j + 1) / 2 + i + 1) as Float)
}

fn times(v: Vec<Float>, out: Vec<Float>, transpose: Bool) {
    let n = v.len();
    let mut i = 0;
    while i < n {
        let mut sum = 0.0;
        let mut j = 0;
        while j < n {
            if transpose { sum += a(j, i) * v[j]; } else { sum += a(i, j) * v[j]; }
            j += 1;
        }
        out[i] = sum;
        i += 1;
    }
}

fn times_transposed(v: Vec<Float>, out: Vec<Float>, tmp: Vec<Float>) {
    times(v, tmp, false);
    times(tmp, out, true);
}

fn spectral_norm(n: Int) -> Float {
    let u = Vec::with(n, 1.0);
    let v = Vec::with(n, 0.0);
    let tmp = Vec::with(n, 0.0);
    let mut k = 0;
    while k < 10 {
        times_transposed(u, v, tmp);
        times_transposed(v, u, tmp);
        k += 1;
    }
    let mut vbv = 0.0;
    let mut vv = 0.0;
    let mut i = 0;
    while i < n {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
        i += 1;
    }
    (vbv / vv).sqrt()
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let norm = spectral_norm(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(norm.fixed(9)); }
    }
}
