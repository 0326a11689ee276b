import lib;
fn main() {
    println(lib.visible());
    println(lib.helper());
}
