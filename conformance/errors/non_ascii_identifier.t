// identifiers are ASCII: [A-Za-z_][A-Za-z0-9_]*
fn main() {
    let café = 1;
    println(café);
}
