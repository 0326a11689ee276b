import counter;
fn main() {
    counter.bump();
    counter.bump();
    println(counter.bump());
    println(counter.get());
}
