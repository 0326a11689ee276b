// send blocks while the channel is full: the producer cannot run ahead of the consumer
fn main() {
    let (tx, rx) = chan<Int>(1);
    let (log_tx, log_rx) = chan<Str>(100);
    let producer = spawn(|| {
        for i in 0..3 {
            tx.send(i);
            log_tx.send("sent {i}");
        }
        tx.close();
    });
    sleep(50);
    // with capacity 1 the producer has sent 0 and 1 at most and waits on 2
    log_tx.send("consumer starts");
    loop {
        match rx.recv() {
            Some(v) => { sleep(5); log_tx.send("got {v}"); },
            None => break,
        }
    }
    producer.join();
    log_tx.close();
    let log = [];
    loop { match log_rx.recv() { Some(l) => log.push(l), None => break } }
    println(log.len());
    let start = log.slice(0, 2);
    println(start.contains("sent 0"));
    println(log.contains("consumer starts"));
    let before = [];
    for l in log { if l == "consumer starts" { break; } before.push(l); }
    println(before.contains("sent 2"));
    println(log[log.len() - 1]);
}
