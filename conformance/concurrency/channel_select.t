// pins: select takes the first receiver in the list that has a value or is closed and drained;
// it waits while none has, and a closed one gives (index, None) every time it is asked
fn main() {
    let (a_tx, a) = chan<Str>(4);
    let (b_tx, b) = chan<Str>(4);
    b_tx.send("b1");
    println(select([a, b]));
    a_tx.send("a1");
    b_tx.send("b2");
    println(select([a, b]));
    println(select([a, b]));
    let later = spawn(|| { sleep(20); a_tx.send("a2"); });
    println(select([b, a]));
    later.join();
    b_tx.close();
    println(select([a, b]));
    println(select([a, b]));
    // a task fed by two producers until both are closed
    let (x_tx, x) = chan<Int>(2);
    let (y_tx, y) = chan<Int>(2);
    spawn(|| { for i in 0..3 { x_tx.send(i); } x_tx.close(); });
    spawn(|| { for i in 10..13 { y_tx.send(i); } y_tx.close(); });
    let open = [x, y];
    let mut sum = 0;
    while open.len() > 0 {
        let (i, v) = select(open);
        match v {
            Some(n) => sum += n,
            None => { open.remove(i); },
        }
    }
    println(sum);
}
