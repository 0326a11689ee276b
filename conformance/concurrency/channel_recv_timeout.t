// pins: recv_timeout gives Ok(Some(v)) for a value, Ok(None) once closed and drained, and Err with
// the text of IoError's TimedOut when nothing came in time (the prelude's error type is Str until
// std.io's IoError reaches the prelude)
fn main() {
    let (tx, rx) = chan<Int>(4);
    let start = now_ms();
    println(rx.recv_timeout(30));
    println(now_ms() - start >= 30);
    tx.send(7);
    println(rx.recv_timeout(30));
    let late = spawn(|| { sleep(20); tx.send(8); });
    println(rx.recv_timeout(10000));
    late.join();
    println(rx.recv_timeout(0));
    tx.close();
    println(rx.recv_timeout(10000));
    match rx.recv_timeout(5) {
        Ok(Some(v)) => println("value {v}"),
        Ok(None) => println("closed"),
        Err(e) => println("timed out: {e}"),
    }
}
