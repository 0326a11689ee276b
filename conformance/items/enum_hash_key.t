enum Color { Red, Green, Custom(Int) }
fn main() {
    let m = Map::new();
    m.insert(Color::Red, 1);
    m.insert(Color::Custom(7), 2);
    m.insert(Color::Red, 3);
    println(m);
    println(m.get(Color::Custom(7)));
    println(m.get(Color::Green));
    let s = Set::new();
    s.insert(Color::Custom(1));
    s.insert(Color::Custom(1));
    println(s.len());
}
