// Handles SIGUSR1 with std.signal, then ends.
import std.signal;
import std.signal.{Signal};

fn main() {
    let (tx, rx) = chan<Int>(4);
    signal.on(Signal::Usr1, || {
        println("usr1: the handler ran");
        tx.send(1);
    }).unwrap();
    println("usr1: waiting");
    rx.recv();
    println("usr1: main ends");
}
