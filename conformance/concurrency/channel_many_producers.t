fn main() {
    let (tx, rx) = chan<Int>(4);
    let workers: Vec<Task<()>> = [];
    for w in 0..4 {
        workers.push(spawn(|| { for i in 0..25 { tx.send(w * 100 + i); } }));
    }
    let closer = spawn(|| { for t in workers { t.join(); } tx.close(); });
    let mut sum = 0;
    let mut count = 0;
    loop {
        match rx.recv() {
            Some(v) => { sum += v; count += 1; },
            None => break,
        }
    }
    closer.join();
    println(count);
    println(sum);
}
