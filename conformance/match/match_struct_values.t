struct P { x: Int, y: Int }
enum Msg { Move(P), Say(Str), Quit }
fn handle(m: Msg) -> Str {
    match m {
        Msg::Move(p) => "move to {p.x},{p.y}",
        Msg::Say(text) => "say {text}",
        Msg::Quit => "quit",
    }
}
fn main() {
    println(handle(Msg::Move(P { x: 1, y: 2 })));
    println(handle(Msg::Say("hi")));
    println(handle(Msg::Quit));
}
