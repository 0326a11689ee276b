import no.such.thing;
fn main() { println(1); }
