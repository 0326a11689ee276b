// pins: main returns () only; a main with a result type is not a program's entry point.
fn main() -> Int {
    println("never");
    3
}
