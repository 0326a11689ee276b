// pins: a negative channel capacity is a T panic naming it (Go's make(chan T, -1) panics too), not a channel of capacity 1
fn main() {
    let (tx, rx) = chan(-1);
    tx.send(1);
    println(rx.recv());
}
