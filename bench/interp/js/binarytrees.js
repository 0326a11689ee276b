// Binary trees: allocate and walk many short-lived trees and one long-lived one.
class Node {
    constructor(left, right) {
        this.left = left;
        this.right = right;
    }
}

function make(depth) {
    return depth === 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1));
}

function check(node) {
    return node.left === null ? 1 : 1 + check(node.left) + (node.right === null ? 0 : check(node.right));
}

// The report of one run, one line per depth.
function trees(n) {
    const lines = [];
    const minDepth = 4, maxDepth = Math.max(minDepth + 2, n), stretch = maxDepth + 1;
    lines.push("stretch tree of depth " + stretch + "\t check: " + check(make(stretch)));
    const longLived = make(maxDepth);
    for (let depth = minDepth; depth <= maxDepth; depth += 2) {
        const iterations = 1 << (maxDepth - depth + minDepth);
        let sum = 0;
        for (let i = 0; i < iterations; i++) sum += check(make(depth));
        lines.push(iterations + "\t trees of depth " + depth + "\t check: " + sum);
    }
    lines.push("long lived tree of depth " + maxDepth + "\t check: " + check(longLived));
    return lines;
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const lines = trees(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) console.log(lines.join("\n"));
}
