// Binary trees: allocate and walk many short-lived trees and one long-lived one.
struct Node { left: Option<Node>, right: Option<Node> }

fn make(depth: Int) -> Node {
    if depth == 0 {
        Node { left: None, right: None }
    } else {
        Node { left: Some(make(depth - 1)), right: Some(make(depth - 1)) }
    }
}

fn check(node: Node) -> Int {
    match node.left {
        Some(l) => match node.right {
            Some(r) => 1 + check(l) + check(r),
            None => 1 + check(l),
        },
        None => 1,
    }
}

// The report of one run, one line per depth.
fn trees(n: Int) -> Vec<Str> {
    let lines: Vec<Str> = [];
    let min_depth = 4;
    let max_depth = if min_depth + 2 > n { min_depth + 2 } else { n };
    let stretch = max_depth + 1;
    lines.push("stretch tree of depth {stretch}\t check: {check(make(stretch))}");
    let long_lived = make(max_depth);
    let mut depth = min_depth;
    while depth <= max_depth {
        let iterations = 1 << (max_depth - depth + min_depth);
        let mut sum = 0;
        let mut i = 0;
        while i < iterations {
            sum += check(make(depth));
            i += 1;
        }
        lines.push("{iterations}\t trees of depth {depth}\t check: {sum}");
        depth += 2;
    }
    lines.push("long lived tree of depth {max_depth}\t check: {check(long_lived)}");
    lines
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let lines = trees(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(lines.join("\n")); }
    }
}
