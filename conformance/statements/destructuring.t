fn divmod(a: Int, b: Int) -> (Int, Int) { (a / b, a % b) }
fn main() {
    let pair = (1, "one");
    let (a, b) = pair;
    println(a);
    println(b);
    let (q, r) = divmod(17, 5);
    println("{q} {r}");
    let (x, (y, z)) = (1, (2.5, true));
    println("{x} {y} {z}");
    let (_, second) = (0, "kept");
    println(second);
    let (mut m, n) = (1, 2);
    m += n;
    println(m);
}
