// A tight integer loop: arithmetic, comparison and a branch per iteration. Numbers are doubles, but
// every value here stays an exact integer (the sum is far below 2^53).
function sumLoop(n) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
        if (i % 3 === 0) sum += i ^ (i >> 3); else sum -= i & 1023;
    }
    return sum;
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const sum = sumLoop(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) console.log(String(sum));
}
