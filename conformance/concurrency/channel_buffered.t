// up to `capacity` sends complete without a receiver
fn main() {
    let (tx, rx) = chan<Str>(3);
    tx.send("a");
    tx.send("b");
    tx.send("c");
    tx.close();
    println(rx.recv());
    println(rx.recv());
    println(rx.recv());
    println(rx.recv());
}
