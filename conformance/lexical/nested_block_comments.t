// pins: block comments nest, as in Rust and Swift
fn main() {
    /* outer /* inner */ still a comment */
    println(1);
    /* /* /* deep */ */ */
    println(2);
}
