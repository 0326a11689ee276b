// The functions the members run for each other: every member's program imports this module, so
// each has it at the same content hash.
import std.cluster;

static mut counted: Int = 0;

pub fn answer() -> Int { 42 }

pub fn square(n: Int) -> Int { n * n }

/// Sleeps `ms` and returns it: a task that is still running when its member is killed.
pub fn nap(ms: Int) -> Int {
    sleep(ms);
    ms
}

/// Publishes on topic "news" from whichever member runs it.
pub fn announce(from: Str) -> Int {
    let news: cluster.Topic<Str> = cluster.topic("news");
    news.publish("hello from {from}");
    1
}

/// The handler of actor "counter": one message at a time, so no update is lost.
pub fn count(n: Int) -> Int {
    counted += n;
    counted
}

/// Asks actor "counter", wherever it lives, from whichever member runs it.
pub fn ask_counter(n: Int) -> Int {
    let counter: cluster.Actor<Int, Int> = cluster.actor_named("counter");
    match counter.ask(n) { Ok(total) => total, Err(e) => panic(e) }
}

/// Waits until the cluster has `n` members.
pub fn await_members(n: Int) {
    let mut waited = 0;
    while cluster.members().len() < n {
        if waited > 600 { panic("the cluster has {cluster.members().len()} members, not {n}"); }
        sleep(100);
        waited += 1;
    }
}

/// An idempotent task that never ends on the member whose address ends with `:port` (until that
/// member is killed) and elsewhere returns the address it ran on; each member it starts on is
/// noted in map "idempotent-started".
pub fn hold_on(port: Str) -> Str {
    let mut here = "";
    for m in cluster.members() { if m.local { here = m.address; } }
    let started: cluster.ClusterMap<Str, Int> = cluster.map("idempotent-started");
    started.insert(here, 1);
    if here.ends_with(":{port}") { sleep(600000); }
    here
}
