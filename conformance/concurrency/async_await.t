async fn square(x: Int) -> Int { sleep(1); x * x }
async fn total(n: Int) -> Int {
    let tasks: Vec<Task<Int>> = [];
    for i in 1..=n { tasks.push(square(i)); }
    let mut sum = 0;
    for t in tasks { sum += t.await; }
    sum
}
async fn greet(name: Str) -> Str { "hello " + name }
async fn chain() -> Str {
    let g = greet("t").await;
    let n = total(3).await;
    "{g} {n}"
}
fn main() {
    println(total(4).join());
    let t: Task<Str> = greet("x");
    println(t.join());
    println(chain().join());
}
