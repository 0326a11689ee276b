// A task that never ends: a drain waits for it until [shutdown] drain-ms, then stops main.
import std.process;

fn main() {
    process.on_shutdown(|| println("busy: shutdown hook ran"));
    let worker = spawn(|| {
        loop {
            sleep(20);
        }
    });
    println("busy: started");
    worker.join();
}
