enum Dir { N, E, S, W }
fn axis(d: Dir) -> Str { match d { Dir::N | Dir::S => "vertical", Dir::E | Dir::W => "horizontal" } }
fn main() {
    for n in 0..6 {
        let kind = match n { 0 | 1 => "low", 2 | 3 | 4 => "mid", _ => "high" };
        print(kind);
        print(" ");
    }
    println("");
    println(axis(Dir::S));
    println(axis(Dir::W));
    let o = Some(2);
    println(match o { Some(1) | Some(2) => "one or two", _ => "else" });
    println(match "b" { "a" | "b" => true, _ => false });
}
