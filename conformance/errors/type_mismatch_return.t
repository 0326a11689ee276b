fn name() -> Str {
    42
}
fn main() { println(name()); }
