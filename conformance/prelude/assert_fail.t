// pins: a failed assert without message panics with a message starting `assertion failed` (Rust)
fn main() {
    println("start");
    assert(1 > 2);
    println("unreachable");
}
