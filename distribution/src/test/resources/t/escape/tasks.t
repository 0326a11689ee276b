// A million tasks, under a cap of 1000.
fn main() {
    let mut tasks = Vec::new();
    let mut i = 0;
    while i < 1000000 { tasks.push(spawn(|| { sleep(10000); 0 })); i = i + 1; }
    println("spawned {tasks.len()}: ESCAPED");
}
