// Tuple and struct patterns in let and match, nested, with literals and wildcards; string parts of
// every kind.
struct P { x: Int, y: Int }
struct Seg { from: P, to: P, label: Str }

fn quadrant(p: P) -> Str {
    match p {
        P { x: 0, y: 0 } => "origin",
        P { x: 0, y } => "on the y axis at {y}",
        P { x, y: 0 } => "on the x axis at {x}",
        P { x, y } => if x * y > 0 { "same signs" } else { "mixed signs" },
    }
}

fn pair(t: (Int, (Str, Bool))) -> Str {
    match t {
        (0, (s, _)) => "zero {s}",
        (n, (_, true)) => "true {n}",
        (n, (s, false)) => "false {n} {s}",
    }
}

fn main() {
    let (a, (b, c)) = (1, ("two", 3.5));
    println("{a} {b} {c}");
    let Seg { from: P { x: x1, y: y1 }, to, label } = Seg { from: P { x: 1, y: 2 }, to: P { x: 3, y: 4 }, label: "s" };
    println("{x1} {y1} {to.x} {to.y} {label}");
    let (_, second) = (P { x: 0, y: 0 }, P { x: 5, y: 0 });
    println(quadrant(second));
    println(quadrant(P { x: 0, y: 0 }));
    println(quadrant(P { x: 0, y: -2 }));
    println(quadrant(P { x: -1, y: -2 }));
    println(quadrant(P { x: 1, y: -2 }));
    println(pair((0, ("a", true))));
    println(pair((7, ("b", true))));
    println(pair((8, ("c", false))));
    let mut total = 0;
    for t in [(1, 2), (3, 4), (5, 6)] {
        let (l, r) = t;
        total += l * r;
    }
    println(total);
    let v = ["x", "y"];
    let o: Option<Int> = Some(3);
    let u = ();
    println("{1} {-2} {0.1 + 0.2} {1e300 * 10.0} {-0.0} {true} {u} {v} {o} {P { x: 1, y: 2 }} {(1, "t")}");
}
