// The program ./tlang runs to train the JDK AOT cache after a build: a start, a function called
// often enough to be compiled, and a loop long enough for on-stack replacement, so the classes of
// the JIT's first compile are loaded ahead of time too; and the common built-ins, so the method
// handles the interpreter calls them through are linked ahead of time.
fn square(x: Int) -> Int {
    x * x
}

fn main() {
    let mut sum = 0;
    let mut i = 0;
    while i < 3000000 {
        sum += square(i % 100);
        i += 1;
    }
    let words = "a,b".split(",");
    let seen: Map<Str, Int> = Map::new();
    seen.insert(words.get(0).unwrap(), words.len());
    let line = words.join(" ").to_upper().trim().repeat(2);
    let found = line.contains("A") && seen.contains_key("a") && seen.get("a").is_some();
    println("trained {sum} {line} {found} {sum.max(1).to_str()}");
}
