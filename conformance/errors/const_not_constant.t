// a const initialiser may use only literals, other consts and operators
const T0: Int = now_ms();
fn main() { println(T0); }
