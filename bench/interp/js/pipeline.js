// The twin of pipeline.t, with Array map, filter, reduce and some.
function run(rounds) {
    const xs = [];
    for (let i = 0; i < 10000; i++) xs.push(i);
    let total = 0;
    for (let round = 0; round < rounds; round++) {
        const k = round % 17;
        const m = 3 + round % 5;
        const ys = xs.map(x => x * m + k).filter(y => y % 3 !== 0).map(y => Math.trunc(y / 2));
        total += ys.reduce((acc, y) => acc + y % 1000, 0) + ys.length;
        if (ys.some(y => y === k)) total += 1;
    }
    return total;
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const r = run(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) console.log(String(r));
}
