// Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1).
function a(i, j) {
    return 1.0 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function times(v, out, transpose) {
    const n = v.length;
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < n; j++) sum += (transpose ? a(j, i) : a(i, j)) * v[j];
        out[i] = sum;
    }
}

function timesTransposed(v, out, tmp) {
    times(v, tmp, false);
    times(tmp, out, true);
}

function spectralNorm(n) {
    const u = new Float64Array(n).fill(1.0), v = new Float64Array(n), tmp = new Float64Array(n);
    for (let k = 0; k < 10; k++) {
        timesTransposed(u, v, tmp);
        timesTransposed(v, u, tmp);
    }
    let vbv = 0, vv = 0;
    for (let i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    return Math.sqrt(vbv / vv);
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const norm = spectralNorm(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) console.log(norm.toFixed(9));
}
