// Option fields of structs: built, read, replaced, matched, compared and printed; an Option of an
// Option keeps Some(None) apart from None.
struct Node { value: Int, left: Option<Node>, right: Option<Node> }
struct Slot { inner: Option<Option<Int>>, name: Option<Str> }

fn leaf(v: Int) -> Node {
    Node { value: v, left: None, right: None }
}

fn sum(n: Node) -> Int {
    let l = match n.left { Some(x) => sum(x), None => 0 };
    let r = match n.right { Some(x) => sum(x), None => 0 };
    n.value + l + r
}

fn describe(s: Slot) -> Str {
    match s.inner {
        Some(Some(v)) => "some some {v}",
        Some(None) => "some none",
        None => "none",
    }
}

fn main() {
    let t = Node { value: 1, left: Some(leaf(2)), right: Some(Node { value: 3, left: Some(leaf(4)), right: None }) };
    println(sum(t));
    let opt = t.right;
    t.right = None;
    println(sum(t));
    t.left = opt;
    println(sum(t));
    println(t.right.is_none());
    println(leaf(7));
    let maybe: Option<Node> = Some(leaf(9));
    let holder = Node { value: 0, left: maybe, right: maybe };
    println(sum(holder));
    println(leaf(5) == leaf(5));
    println(leaf(5) == Node { value: 5, left: Some(leaf(0)), right: None });

    let a = Slot { inner: Some(Some(1)), name: Some("a") };
    let b = Slot { inner: Some(None), name: None };
    let c = Slot { inner: None, name: Some("c") };
    println(describe(a));
    println(describe(b));
    println(describe(c));
    println(b);
    b.inner = Some(Some(5));
    println(describe(b));
    println(a.name.unwrap_or("?") + b.name.unwrap_or("?") + c.name.unwrap_or("?"));
    for n in [t, Node { value: 0, left: Some(leaf(200)), right: None }, leaf(1), holder] {
        let kind = match n.left {
            Some(x) if x.value > 100 => "big left",
            Some(_) => "left",
            _ => "no left",
        };
        println(kind);
    }
}
