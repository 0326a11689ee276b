fn main() {
    let t = spawn(|| 6 * 7);
    println(t.join());
    let tasks: Vec<Task<Int>> = [];
    for i in 0..10 { tasks.push(spawn(|| { sleep(10 - i); i * i })); }
    let results = tasks.map(|t| t.join());
    println(results);
    let s = spawn(|| "text");
    println(s.join());
    let u = spawn(|| { });
    println(u.join());
}
