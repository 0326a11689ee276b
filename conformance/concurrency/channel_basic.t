fn main() {
    let (tx, rx) = chan<Int>(2);
    let producer = spawn(|| {
        for i in 0..5 { tx.send(i); }
        tx.close();
    });
    let got = [];
    loop {
        match rx.recv() {
            Some(v) => got.push(v),
            None => break,
        }
    }
    producer.join();
    println(got);
    println(rx.recv());
}
