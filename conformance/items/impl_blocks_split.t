// pins: a type may have several impl blocks (Rust)
struct C { n: Int }
impl C { fn get(self) -> Int { self.n } }
impl C { fn twice(self) -> Int { self.get() * 2 } }
fn main() { println(C { n: 4 }.twice()); }
