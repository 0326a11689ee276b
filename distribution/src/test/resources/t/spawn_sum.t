fn main() {
    let mut tasks = Vec::new();
    let mut i = 1;
    while i <= 100 {
        let k = i;
        tasks.push(spawn(|| k * 2));
        i += 1;
    }
    let mut sum = 0;
    for t in tasks {
        sum += t.join();
    }
    println(sum);
}
