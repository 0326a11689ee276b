// pins: alternatives may bind variables when every alternative binds the same names with the same types (Rust)
fn pick(p: (Int, Int)) -> Int {
    match p {
        (x, 0) | (0, x) => x,
        _ => -1,
    }
}
fn main() {
    println(pick((7, 0)));
    println(pick((0, 8)));
    println(pick((1, 1)));
    let r: Result<Int, Int> = Err(4);
    println(match r { Ok(n) | Err(n) => n * 2 });
}
