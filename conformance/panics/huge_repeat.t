// pins: a repeat count too large is a T panic naming the count, not an internal error
fn main() {
    println("ab".repeat(9223372036854775807).len());
}
