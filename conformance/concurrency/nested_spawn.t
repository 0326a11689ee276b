fn main() {
    let outer = spawn(|| {
        let inner = spawn(|| 20);
        let other = spawn(|| 22);
        inner.join() + other.join()
    });
    println(outer.join());
    let tasks: Vec<Task<Int>> = [];
    for i in 0..5 { tasks.push(spawn(|| spawn(|| i * 2).join() + 1)); }
    println(tasks.map(|t| t.join()));
}
