// calling an async fn starts it: ten 50 ms sleeps finish in well under 500 ms
async fn nap() -> Int { sleep(50); 1 }
fn main() {
    let start = now_ms();
    let tasks: Vec<Task<Int>> = [];
    for i in 0..10 { tasks.push(nap()); }
    let mut n = 0;
    for t in tasks { n += t.join(); }
    println(n);
    println(now_ms() - start < 400);
}
