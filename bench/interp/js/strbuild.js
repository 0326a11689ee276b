// The twin of strbuild.t: pieces pushed on an array and joined.
function build(n, round) {
    const parts = [];
    for (let i = 0; i < n; i++) {
        const k = i + round;
        parts.push(`row ${k}: ${k * 7 % 13},${k % 100} ok`);
    }
    return parts.join("\n");
}

function run(rounds) {
    let total = 0;
    for (let round = 0; round < rounds; round++) total += build(10000, round).length;
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
