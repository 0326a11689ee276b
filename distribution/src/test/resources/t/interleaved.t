// Four workers print and send through one small channel while a printer prints what it receives:
// on most schedulers the lines interleave differently from run to run; on `deterministic` never.
// Main spawns one task that starts the others: main itself runs beside the scheduler's carrier.
fn main() {
    let root = spawn(|| {
        let (tx, rx) = chan<Str>(2);
        let workers: Vec<Task<()>> = [];
        for w in 0..4 {
            workers.push(spawn(|| {
                for i in 0..5 {
                    println("worker {w} step {i}");
                    tx.send("{w}.{i}");
                }
            }));
        }
        let printer = spawn(|| {
            loop {
                match rx.recv() {
                    Some(v) => println("got {v}"),
                    None => break,
                }
            }
        });
        for t in workers { t.join(); }
        tx.close();
        printer.join();
    });
    root.join();
    println("done");
}
