// A member of the cluster: prints the version of counter it runs each time it changes, with the
// hits counted so far (kept across reloads).
import std.cluster;
import counter;

fn main() {
    while cluster.members().len() < 3 { sleep(100); }
    println("serving");
    let mut shown = "";
    loop {
        let v = counter.version();
        let h = counter.hit();
        if v != shown {
            println("now {v} hits {h}");
            shown = v;
        }
        sleep(50);
    }
}
