struct P { x: Int }
fn main() {
    match (1, 2) { P { x } => {} }
}
