// pins: consts and statics may refer to ones declared later in the module (Rust allows it for both)
const A: Int = B + 1;
const B: Int = 10;
static S1: Int = S2 * 2;
static S2: Int = A + 1;
fn main() {
    println(A);
    println(S1);
}
