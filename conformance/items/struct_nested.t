struct Inner { v: Vec<Int> }
struct Outer { name: Str, inner: Inner, tag: Option<Str> }
fn main() {
    let o = Outer { name: "o", inner: Inner { v: [1, 2] }, tag: None };
    println(o);
    o.inner.v.push(3);
    o.tag = Some("t");
    println(o.inner.v.len());
    println(o);
}
