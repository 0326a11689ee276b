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

fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let t0 = now_ms();
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
    println((vbv / vv).sqrt().fixed(9));
    eprintln("ms {now_ms() - t0}");
}
