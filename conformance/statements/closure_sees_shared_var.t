// a variable declared outside the loop is one variable: closures capture it by reference
fn main() {
    let fs: Vec<fn() -> Int> = [];
    let mut i = 0;
    while i < 3 {
        fs.push(|| i);
        i += 1;
    }
    for f in fs { println(f()); }
}
