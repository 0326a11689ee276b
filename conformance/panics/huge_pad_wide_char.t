// pins: a pad width counts the pad character's UTF-16 units: 1073741000 fits a Str of "-" but not of "😀", a T panic naming it
fn main() {
    println("x".pad_left(1073741000, "😀").len());
}
