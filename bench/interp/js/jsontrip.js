// The twin of jsontrip.t, with JSON.stringify and JSON.parse.
function items(n, round) {
    const v = [];
    for (let i = 0; i < n; i++) {
        const k = i + round;
        v.push({ id: k, name: "item-" + k, tags: ["t" + (k % 7), "g" + (k % 3)], score: k * 31 % 1000, active: k % 2 === 0 });
    }
    return v;
}

function roundTrip(n, round) {
    const text = JSON.stringify(items(n, round));
    const doc = JSON.parse(text);
    let sum = text.length;
    for (const r of doc) {
        sum += r.id + r.score + r.name.length + r.tags.length;
        if (r.active === true) sum += 1;
    }
    return sum;
}

function run(rounds) {
    let total = 0;
    for (let round = 0; round < rounds; round++) total += roundTrip(1000, round);
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
