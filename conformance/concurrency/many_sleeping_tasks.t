// tasks are cheap: ten thousand tasks sleep at the same time
fn main() {
    let tasks: Vec<Task<Int>> = [];
    for i in 0..10000 { tasks.push(spawn(|| { sleep(20); 1 })); }
    let mut n = 0;
    for t in tasks { n += t.join(); }
    println(n);
}
