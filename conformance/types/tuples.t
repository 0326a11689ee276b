// pins: tuple elements are read with `.0`, `.1` (as in Rust and Swift); tuples compare structurally
fn swap(p: (Int, Str)) -> (Str, Int) { (p.1, p.0) }
fn main() {
    let t = (1, "x");
    println(t);
    println(t.0);
    println(t.1);
    println(swap(t));
    let nested = ((1, 2), (3.5, true));
    println(nested);
    println(nested.1.0);
    println((1, "a") == (1, "a"));
    println((1, "a") == (1, "b"));
    let triple: (Int, Int, Int) = (1, 2, 3);
    println(triple.0 + triple.1 + triple.2);
}
