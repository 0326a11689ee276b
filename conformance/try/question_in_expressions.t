fn get(m: Map<Str, Int>, k: Str) -> Result<Int, Str> { m.get(k).ok_or("missing " + k) }
fn total(m: Map<Str, Int>) -> Result<Int, Str> {
    Ok(get(m, "a")? + get(m, "b")? * 2)
}
fn main() {
    let m = ["a": 1, "b": 10];
    println(total(m));
    m.remove("b");
    println(total(m));
}
