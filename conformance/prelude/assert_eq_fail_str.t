// pins: assert_eq shows Str values quoted, as inside collections (Rust `{:?}`)
fn main() {
    assert_eq("abc", "abd");
}
