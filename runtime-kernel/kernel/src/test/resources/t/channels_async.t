async fn square(x: Int) -> Int { sleep(1); x * x }

async fn total(n: Int) -> Int {
    let mut tasks: Vec<Task<Int>> = Vec::new();
    for i in 1..=n { tasks.push(square(i)); }
    let mut sum = 0;
    for t in tasks { sum += t.await; }
    sum
}

fn main() {
    let (tx, rx) = chan<Int>(2);
    let producer = spawn(|| {
        for i in 0..5 { tx.send(i); }
        tx.close();
    });
    let mut got: Vec<Int> = [];
    loop {
        match rx.recv() {
            Some(v) => got.push(v),
            None => break,
        }
    }
    producer.join();
    println(got);
    println(total(4).join());
    let start = now_ms();
    sleep(2);
    println(now_ms() - start >= 2);
    println(now_ns() > 0);
}
