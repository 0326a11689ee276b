// Fannkuch-redux: permutations of 1..n, pancake flips, checksum and maximum flips.
function fannkuch(n) {
    const perm = new Int32Array(n), perm1 = new Int32Array(n), count = new Int32Array(n);
    for (let i = 0; i < n; i++) perm1[i] = i;
    let maxFlips = 0, checksum = 0, permCount = 0, r = n;
    while (true) {
        while (r !== 1) { count[r - 1] = r; r--; }
        perm.set(perm1);
        let flips = 0, first = perm[0];
        while (first !== 0) {
            for (let lo = 0, hi = first; lo < hi; lo++, hi--) { const t = perm[lo]; perm[lo] = perm[hi]; perm[hi] = t; }
            flips++;
            first = perm[0];
        }
        maxFlips = Math.max(maxFlips, flips);
        checksum += permCount % 2 === 0 ? flips : -flips;
        while (true) {
            if (r === n) return [checksum, maxFlips];
            const perm0 = perm1[0];
            for (let j = 0; j < r; j++) perm1[j] = perm1[j + 1];
            perm1[r] = perm0;
            if (--count[r] > 0) break;
            r++;
        }
        permCount++;
    }
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const [checksum, flips] = fannkuch(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) {
        console.log(String(checksum));
        console.log("Pfannkuchen(" + n + ") = " + flips);
    }
}
