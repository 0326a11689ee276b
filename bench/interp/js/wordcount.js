// The twin of wordcount.t, with a Map. The generator's product does not fit in a double's 53 bits:
// Math.imul gives its low 32 bits, which are all that the result modulo 2^31 needs.
function text(words, seed) {
    const parts = [];
    let x = seed;
    for (let i = 0; i < words; i++) {
        x = ((Math.imul(x, 1103515245) + 12345) >>> 0) & 0x7fffffff;
        parts.push("w" + (Math.floor(x / 65536) % 5000));
    }
    return parts.join(" ");
}

function count(s) {
    const m = new Map();
    for (const w of s.split(" ")) m.set(w, (m.get(w) || 0) + 1);
    return m;
}

function run(rounds) {
    let total = 0;
    for (let round = 0; round < rounds; round++) {
        const m = count(text(100000, round));
        total += m.size + m.get("w42") * 1000;
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
