// pins: a `let` may shadow an earlier binding, also with another type, and an inner block's
// binding ends with the block (as in Rust)
fn main() {
    let x = 1;
    let x = x + 1;
    println(x);
    let x = "now a Str";
    println(x);
    let y = 10;
    {
        let y = 20;
        println(y);
    }
    println(y);
}
