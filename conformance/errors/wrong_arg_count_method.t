struct C { n: Int }
impl C { fn add(self, k: Int) -> Int { self.n + k } }
fn main() {
    let c = C { n: 1 };
    println(c.add());
}
