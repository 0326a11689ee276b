// pins: expect(msg) on Err panics with a message starting with msg (Rust adds `: ` and the error)
fn main() {
    let r: Result<Int, Str> = Err("e1");
    r.expect("could not read");
}
