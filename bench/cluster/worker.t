import std.cluster;
import jobs;

fn main() {
    jobs.await_members(2);
    println("serving");
    cluster.serve();
}
