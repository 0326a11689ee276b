// pins: a panic re-raised by join shows the task's frames, then the joining frames; closures are named <closure>
fn work() -> Int { panic("task failed") }
fn main() {
    let t = spawn(|| work());
    println("spawned");
    println(t.join());
    println("never");
}
