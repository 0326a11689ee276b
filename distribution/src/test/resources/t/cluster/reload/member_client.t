// As member.t, with a module that uses counter.legacy.
import std.cluster;
import counter;
import client;

fn main() {
    while cluster.members().len() < 3 { sleep(100); }
    println("serving");
    let mut shown = "";
    loop {
        let v = counter.version();
        let h = counter.hit() + client.total() * 0;
        if v != shown {
            println("now {v} hits {h}");
            shown = v;
        }
        sleep(50);
    }
}
