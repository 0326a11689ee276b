// Remote spawn round trips (one at a time, to another member) and map operations per second.
import std.cluster;
import std.env;
import std.time;
import jobs;

fn main() {
    let n = env.args()[0].parse_int().unwrap();
    jobs.await_members(3);
    let mut other = cluster.members()[0];
    for m in cluster.members() { if !m.local { other = m; } }
    for i in 0..200 { let _ = cluster.spawn_on_with(other, jobs.square, i).join(); }
    let start = time.now();
    for i in 0..n { let _ = cluster.spawn_on_with(other, jobs.square, i).join(); }
    let spawn_ns = start.elapsed_ns();
    let kv: cluster.ClusterMap<Int, Str> = cluster.map("bench");
    for i in 0..1000 { kv.insert(i, "value"); }
    let start2 = time.now();
    for i in 0..n { kv.insert(i, "value"); }
    for i in 0..n { let _ = kv.get(i); }
    let map_ns = start2.elapsed_ns();
    println("t spawn round trip {spawn_ns / n / 1000} us, map {2 * n * 1000000000 / map_ns} ops/s");
}
