// pins: a task that panics and is never joined still reports its panic (when the program ends);
// main's own result is unaffected.
fn work(n: Int) -> Int {
    if n > 2 { panic("task gave up at {n}") }
    n
}

fn main() {
    let t = spawn(|| work(3));
    sleep(500); // the task panics long before this ends
    println("main done");
}
