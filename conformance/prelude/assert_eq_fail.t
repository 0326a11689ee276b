// pins: a failed assert_eq shows both values in their printed form (Rust: `left: 1`, `right: 2`)
fn main() {
    assert_eq(1 + 0, 2);
}
