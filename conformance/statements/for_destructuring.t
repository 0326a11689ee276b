fn main() {
    for (a, b) in [(1, 2), (3, 4)] { println(a + b); }
    for (name, (x, y)) in [("p", (1, 2))] { println("{name} {x} {y}"); }
    let m = ["k": (1, true)];
    for (k, (n, flag)) in m { println("{k} {n} {flag}"); }
}
