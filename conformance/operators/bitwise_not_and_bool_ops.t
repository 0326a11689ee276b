// pins: `!` on Int is bitwise not; `&`, `|`, `^` on Bool are the non-short-circuit logical operators (Rust)
fn loud(b: Bool) -> Bool { print("eval "); b }
fn main() {
    println(!5);
    println(!0);
    println(!-1);
    println(true ^ false);
    println(true ^ true);
    println(true & false);
    println(false | true);
    println(loud(false) & loud(true));
}
