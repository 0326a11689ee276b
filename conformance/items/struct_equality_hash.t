struct Point { x: Int, y: Int }
fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    let c = Point { x: 2, y: 1 };
    println(a == b);
    println(a == c);
    println(a != c);
    let names: Map<Point, Str> = Map::new();
    names.insert(a, "first");
    names.insert(b, "second");
    names.insert(c, "third");
    println(names.len());
    println(names[Point { x: 1, y: 2 }]);
    let seen = Set::new();
    seen.insert(Point { x: 5, y: 5 });
    println(seen.contains(Point { x: 5, y: 5 }));
    println(seen.contains(Point { x: 5, y: 6 }));
}
