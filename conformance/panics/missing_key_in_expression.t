fn main() {
    let m: Map<Str, Int> = [:];
    let total = m["x"] + 1;
    println(total);
}
