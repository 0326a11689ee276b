// pins: unwrap on Err panics and its message shows the error value in printed form (Rust)
fn main() {
    let r: Result<Int, Str> = Err("disk on fire");
    r.unwrap();
}
