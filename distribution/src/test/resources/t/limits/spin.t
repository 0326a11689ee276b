// Never ends: a loop with nothing in it, on the main task.
fn spin() -> Int {
    let mut n = 0;
    while true { n = n + 1; }
    n
}

fn main() { println("start"); println("{spin()}"); }
