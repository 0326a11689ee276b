// pins: expect(msg) on None panics with exactly msg (Rust `Option::expect`)
fn main() {
    let n: Option<Int> = None;
    n.expect("config value missing");
}
