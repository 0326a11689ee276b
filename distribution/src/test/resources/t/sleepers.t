// Spawns N tasks that all sleep at once, then joins them: tasks must be cheap.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let mut tasks = Vec::new();
    let mut i = 0;
    while i < n {
        let k = i;
        tasks.push(spawn(|| { sleep(1000); k % 7 }));
        i += 1;
    }
    let mut sum = 0;
    for t in tasks { sum += t.join(); }
    println(sum);
}
