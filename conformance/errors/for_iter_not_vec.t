// pins: only an `iter(self)` that gives a Vec makes a type iterable
struct Bag { n: Int }
impl Bag { fn iter(self) -> Int { self.n } }
fn main() {
    let b = Bag { n: 1 };
    for x in b { println(x); }
}
