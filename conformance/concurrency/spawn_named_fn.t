fn work() -> Str { "done" }
struct Job { id: Int, name: Str }
fn main() {
    println(spawn(work).join());
    let (tx, rx) = chan<Job>(4);
    let p = spawn(|| { tx.send(Job { id: 1, name: "a" }); tx.send(Job { id: 2, name: "b" }); tx.close(); });
    println(rx.recv());
    println(rx.recv());
    println(rx.recv());
    p.join();
}
