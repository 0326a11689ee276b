// pins: the message names a missing pattern; for Int with no catch-all that is `_`
fn main() {
    let n = 3;
    match n {
        0 => println("zero"),
        1..=9 => println("digit"),
    }
}
