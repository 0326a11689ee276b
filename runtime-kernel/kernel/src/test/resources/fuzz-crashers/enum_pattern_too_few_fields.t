enum Shape { Rect(Int, Int), Dot }
fn main() {
    let s = Shape::Dot;
    match s { Shape::Rect(w) => {}, Shape::Dot => {} }
}
