// Mandelbrot: the n x n bitmap of the benchmarks game (50 iterations, escape past 4.0), 8 points
// a byte, as a checksum of the bytes (sum * 31 + bits stays below 2^53: exact in a Number).
function mandelbrot(n) {
    let sum = 0;
    for (let y = 0; y < n; y++) {
        const ci = 2.0 * y / n - 1.0;
        let bits = 0, nbits = 0;
        for (let x = 0; x < n; x++) {
            const cr = 2.0 * x / n - 1.5;
            let zr = 0, zi = 0, tr = 0, ti = 0, i = 0;
            while (i < 50 && tr + ti <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
                i++;
            }
            bits <<= 1;
            if (tr + ti <= 4.0) bits |= 1;
            nbits++;
            if (nbits === 8 || x === n - 1) {
                bits <<= 8 - nbits;
                sum = (sum * 31 + bits) % 1000000007;
                bits = 0;
                nbits = 0;
            }
        }
    }
    return sum;
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const sum = mandelbrot(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) console.log(n + " " + sum);
}
