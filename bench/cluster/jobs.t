// What the benchmark's members run for each other.
import std.cluster;

pub fn square(n: Int) -> Int { n * n }

pub fn await_members(n: Int) {
    while cluster.members().len() < n { sleep(100); }
}
