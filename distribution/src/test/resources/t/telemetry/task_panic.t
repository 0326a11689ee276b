// TelemetryIT: a task's panic, rethrown by the join that ends main, is counted once, as the task's.
fn main() {
    let t = spawn(|| -> Int { panic("boom") });
    println(t.join());
}
