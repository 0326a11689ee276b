// line comment
/* block comment */
fn main() {
    /* a block
       spanning lines */
    println(1); // trailing
    println(/* inside */ 2);
    // println(3);
}
