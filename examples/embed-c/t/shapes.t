pub struct Point { x: Float, y: Float }

pub fn distance(a: Point, b: Point) -> Float {
    let dx = a.x - b.x;
    let dy = a.y - b.y;
    (dx * dx + dy * dy).sqrt()
}

pub fn describe(names: Vec<Str>) -> Map<Str, Int> {
    let mut m = Map::new();
    for n in names { m[n] = n.len(); }
    m
}

pub fn checked_div(a: Int, b: Int) -> Int {
    if b == 0 { panic("cannot divide {a} by zero") }
    a / b
}
