fn main() {
    let x: Float = 1.0;
    let n: Int = 2;
    let s: Str = "s";
    let b: Bool = true;
    let v: Vec<Int> = [];
    let m: Map<Str, Int> = [:];
    let o: Option<Int> = None;
    let r: Result<Int, Str> = Err("e");
    let t: (Int, Float) = (1, 2.0);
    println("{x} {n} {s} {b} {v} {m} {o} {r} {t}");
}
