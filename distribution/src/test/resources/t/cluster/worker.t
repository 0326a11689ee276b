// A member that serves the tasks of the others until it is stopped (or killed).
import std.cluster;
import tasks;

fn main() {
    tasks.await_members(2);
    println("serving");
    cluster.serve();
}
