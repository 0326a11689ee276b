function fib(n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const r = fib(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) console.log(String(r));
}
