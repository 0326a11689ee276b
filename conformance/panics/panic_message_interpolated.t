struct P { x: Int }
fn main() {
    let p = P { x: 3 };
    let v = [1, 2];
    panic("bad state: {p} {v} {p.x + 1}");
}
