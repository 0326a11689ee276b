// pins: try_recv never waits; like Rust's, None covers both "nothing yet" and "closed and drained"
fn main() {
    let (tx, rx) = chan<Int>(4);
    println(rx.try_recv());
    tx.send(1);
    tx.send(2);
    println(rx.try_recv());
    println(rx.try_recv());
    println(rx.try_recv());
    tx.send(3);
    tx.close();
    println(rx.try_recv());
    println(rx.try_recv());
    // a full channel's sender goes on once try_recv made room
    let (tx2, rx2) = chan<Str>(1);
    tx2.send("a");
    let t = spawn(|| { tx2.send("b"); "sent" });
    sleep(20);
    println(rx2.try_recv());
    println(t.join());
    println(rx2.try_recv());
}
