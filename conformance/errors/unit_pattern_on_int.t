// pins: the unit pattern `()` against a value that is not `()` is a positioned type error
fn main() {
    match 3 {
        () => println("unit"),
        _ => println("other"),
    }
}
