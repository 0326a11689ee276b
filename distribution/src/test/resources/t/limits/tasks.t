// A spawned task that spins: the deadline stops it with main.
fn spin() -> Int { let mut n = 0; loop { n = n + 1; } }

fn main() {
    let t = spawn(|| spin());
    println("start");
    println("{t.join()}");
}
