// Spawns a batch of tasks, says so, and joins them; then does it again.
// The integration test swaps the scheduler while the first batch is in flight.
fn work(i: Int, ms: Int) -> Int {
    sleep(ms + i % 50);
    i * i
}

fn batch(from: Int, n: Int, ms: Int) -> Int {
    let mut tasks = Vec::new();
    let mut i = from;
    while i < from + n {
        let k = i;
        tasks.push(spawn(|| work(k, ms)));
        i += 1;
    }
    println("spawned {n}");
    let mut sum = 0;
    for t in tasks {
        sum += t.join();
    }
    sum
}

fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    // long enough that the whole first batch is still in flight when the test swaps
    let first = batch(0, n, 300);
    println("first {first}");
    let second = batch(n, n, 0);
    println("second {second}");
}
