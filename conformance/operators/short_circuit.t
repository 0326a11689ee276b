fn loud(b: Bool, name: Str) -> Bool { println(name); b }
fn main() {
    println(loud(false, "a") && loud(true, "b"));
    println(loud(true, "c") || loud(true, "d"));
    println(loud(true, "e") && loud(false, "f"));
    let v: Vec<Int> = [];
    println(v.len() > 0 && v[0] == 1);
}
