// Drives a three-member cluster: members, spawn, map, topic and an actor; then, told which member
// will be killed (its port, the first argument), leaves tasks running there and a map full of
// entries, waits for the kill, and checks what its callers are told and that no entry was lost.
import std.cluster;
import std.env;
import tasks;
import extra;
import deep;

fn others_of(members: Vec<cluster.Member>) -> Vec<cluster.Member> {
    let mut others: Vec<cluster.Member> = [];
    for m in members { if !m.local { others.push(m); } }
    others
}

fn main() {
    let victim_port = env.args()[0];
    tasks.await_members(3);
    let members = cluster.members();
    println("members {members.len()}");

    println("spawn {cluster.spawn(tasks.answer).join()}");
    for m in members {
        println("on {if m.local { "self" } else { "other" }} {cluster.spawn_on_with(m, tasks.square, 7).join()}");
    }

    println("fetched {cluster.spawn_on_with(others_of(members)[0], extra.cube, 3).join()}");
    println("fetched with its import {cluster.spawn_on_with(others_of(members)[1], deep.cube_plus_one, 3).join()}");

    let kv: cluster.ClusterMap<Int, Str> = cluster.map("kv");
    for i in 0..2000 { kv.insert(i, "v{i}"); }
    kv.compute(7, |v| match v { Some(s) => Some(s + "!"), None => None });
    println("map {kv.len()} {kv.get(7)} {kv.get(5000)}");

    let news: cluster.Topic<Str> = cluster.topic("news");
    let inbox = news.subscribe();
    let mut others: Vec<cluster.Member> = [];
    for m in members { if !m.local { others.push(m); } }
    for m in others { let _ = cluster.spawn_on_with(m, tasks.announce, "a worker").join(); }
    println("news {inbox.recv()} {inbox.recv()}");

    match cluster.actor("counter", tasks.count) { Ok(_) => {}, Err(e) => panic(e) }
    let counter: cluster.Actor<Int, Int> = cluster.actor_named("counter");
    println("actor {counter.ask(5)}");
    println("actor from a worker {cluster.spawn_on_with(others[0], tasks.ask_counter, 2).join()}");

    let mut victim = others[0];
    for m in others { if m.address.ends_with(":{victim_port}") { victim = m; } }
    // idempotent tasks, spread over the three members while none is loaded: the victim's runs again elsewhere
    let mut again: Vec<Task<Result<Str, Str>>> = [];
    for i in 0..3 { again.push(cluster.spawn_idempotent_with(tasks.hold_on, victim_port)); }
    let mut held: Vec<Task<Result<Int, Str>>> = [];
    for i in 0..6 { held.push(cluster.spawn_on_with(victim, tasks.nap, 60000)); }
    // load while the member dies: writes from here, short tasks elsewhere
    let writer = spawn(|| { for i in 2000..3000 { kv.insert(i, "v{i}"); sleep(2); } 1 });
    let mut quick: Vec<Task<Result<Int, Str>>> = [];
    for i in 0..20 { quick.push(cluster.spawn_with(tasks.nap, 100)); }
    sleep(500);
    println("loaded");

    let mut failed = 0;
    for t in held {
        match t.join() {
            Ok(_) => println("a task on the killed member returned"),
            Err(e) => { failed += 1; if failed == 1 { println("failed: {e}"); } }
        }
    }
    println("held tasks failed {failed}");
    let mut elsewhere = 0;
    for t in again {
        match t.join() {
            Ok(at) => { if !at.ends_with(":{victim_port}") { elsewhere += 1; } },
            Err(e) => println("an idempotent task failed: {e}"),
        }
    }
    let started: cluster.ClusterMap<Str, Int> = cluster.map("idempotent-started");
    println("idempotent tasks done elsewhere {elsewhere}, one started on the killed member {started.get(victim.address)}");
    writer.join();
    let mut lost = 0;
    for i in 0..3000 {
        let want = if i == 7 { "v7!" } else { "v{i}" };
        if kv.get(i) != Some(want) { lost += 1; }
    }
    println("entries {kv.len()} lost {lost}");
    println("after {cluster.members().len()} members {cluster.spawn_with(tasks.square, 3).join()}");
}
