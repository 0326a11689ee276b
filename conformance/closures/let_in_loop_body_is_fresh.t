// a `let` inside a loop body makes a new variable each iteration
fn main() {
    let fs: Vec<fn() -> Int> = [];
    let mut i = 0;
    while i < 3 {
        let j = i;
        fs.push(|| j);
        i += 1;
    }
    for f in fs { println(f()); }
}
