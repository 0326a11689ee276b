// pins: remove past the end panics (as in Rust)
fn main() {
    let v = [1, 2, 3];
    v.remove(3);
}
