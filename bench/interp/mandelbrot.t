// Mandelbrot: the n x n bitmap of the benchmarks game (50 iterations, escape past 4.0), 8 points
// a byte, printed as a checksum of the bytes.
fn mandelbrot(n: Int) -> Int {
    let mut sum = 0;
    let mut y = 0;
    while y < n {
        let ci = 2.0 * (y as Float) / (n as Float) - 1.0;
        let mut bits = 0;
        let mut nbits = 0;
        let mut x = 0;
        while x < n {
            let cr = 2.0 * (x as Float) / (n as Float) - 1.5;
            let mut zr = 0.0;
            let mut zi = 0.0;
            let mut tr = 0.0;
            let mut ti = 0.0;
            let mut i = 0;
            while i < 50 && tr + ti <= 4.0 {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
                i += 1;
            }
            bits = bits << 1;
            if tr + ti <= 4.0 { bits = bits | 1; }
            nbits += 1;
            if nbits == 8 || x == n - 1 {
                bits = bits << (8 - nbits);
                sum = (sum * 31 + bits) % 1000000007;
                bits = 0;
                nbits = 0;
            }
            x += 1;
        }
        y += 1;
    }
    sum
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let sum = mandelbrot(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println("{n} {sum}"); }
    }
}
