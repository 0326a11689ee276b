struct Pair<A, B> { first: A, second: B }
enum Tree { Leaf(Int), Node(Tree, Tree) }
fn sum(t: Tree) -> Int {
    match t {
        Tree::Leaf(v) => v,
        Tree::Node(l, r) => sum(l) + sum(r),
    }
}
fn swap<A, B>(p: Pair<A, B>) -> Pair<B, A> { Pair { first: p.second, second: p.first } }
fn largest(v: Vec<Int>) -> Option<Int> {
    let mut best: Option<Int> = None;
    for x in v {
        best = match best {
            None => Some(x),
            Some(b) if x > b => Some(x),
            keep => keep,
        };
    }
    best
}
fn find_even(v: Vec<Int>) -> Option<Int> {
    for x in v { if x % 2 == 0 { return Some(x); } }
    None
}
fn first_even_doubled(v: Vec<Int>) -> Option<Int> {
    let e = find_even(v)?;
    Some(e * 2)
}
fn main() {
    let p = Pair { first: 1, second: "one" };
    println(swap(p));
    println(sum(Tree::Node(Tree::Leaf(1), Tree::Node(Tree::Leaf(2), Tree::Leaf(3)))));
    println(largest([3, 9, 2]));
    println(largest([]));
    println(first_even_doubled([1, 3, 4]));
    println(first_even_doubled([1, 3]));
    let words = "the quick brown the".split(" ");
    let counts: Map<Str, Int> = Map::new();
    for w in words {
        counts[w] = counts.get(w).unwrap_or(0) + 1;
    }
    println(counts);
    println(counts.keys());
    let r: Result<Int, Str> = Err("nope");
    println(r.is_err());
    println(r.map_err(|e| e.len()));
    let o = Some(2).map(|x| x + 1);
    println(o);
    let v = Vec::with(3, 0);
    println(v);
    println([1, 2, 3].any(|x| x > 2));
    println([1, 2, 3].all(|x| x > 2));
    println([[1], [2, 3]]);
    println(["k": [1]]);
    println(Some("s"));
    let bits = 0xf0 >> 4;
    println(bits ^ 1);
    println(-1 >>> 60);
    println((1, 2) == (1, 2));
}
