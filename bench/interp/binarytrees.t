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

fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let t0 = now_ms();
    let min_depth = 4;
    let max_depth = if min_depth + 2 > n { min_depth + 2 } else { n };
    let stretch = max_depth + 1;
    println("stretch tree of depth {stretch}\t check: {check(make(stretch))}");
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
        println("{iterations}\t trees of depth {depth}\t check: {sum}");
        depth += 2;
    }
    println("long lived tree of depth {max_depth}\t check: {check(long_lived)}");
    eprintln("ms {now_ms() - t0}");
}
