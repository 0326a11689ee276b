package org.tlang.std.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;

class SyncModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(String source) throws Exception {
        return TProgram.runOnEveryTier(dir, source, List.of(new SyncModule()));
    }

    @Test
    void concurrentTasksNeverLoseAnUpdate() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{Mutex, Lock, AtomicInt};
                static mut counts: Map<Str, Int> = Map::new();
                static guard: Lock = Lock::new();
                static total: AtomicInt = AtomicInt::new(0);
                static shared: Mutex<Vec<Int>> = Mutex::new(Vec::new());

                fn bump(name: Str) -> Int {
                    guard.with(|| {
                        let n = counts.get(name).unwrap_or(0) + 1;
                        counts[name] = n;
                        n
                    })
                }

                fn main() {
                    let mut tasks = Vec::new();
                    for t in 0..8 {
                        tasks.push(spawn(|| {
                            for i in 0..500 {
                                bump(if i % 2 == 0 { "even" } else { "odd" });
                                total.add(1);
                                shared.with(|v| v.push(t));
                            }
                        }));
                    }
                    for t in tasks { t.join(); }
                    println(guard.with(|| counts));
                    println(total.get());
                    println(shared.with(|v| v.len()));
                    println(shared.update(|v| Vec::new()).len());
                    println(total.compare_and_set(4000, 1));
                    println(total.compare_and_set(4000, 2));
                    println(total.get());
                    let m = Mutex::new(41);
                    m.set(m.get() + 1);
                    println(m.get());
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("[\"even\": 2000, \"odd\": 2000]\n4000\n4000\n0\ntrue\nfalse\n1\n42\n", r.out());
    }

    @Test
    void aPanicInsideReleasesTheLock() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{Lock};
                static guard: Lock = Lock::new();
                fn main() {
                    let t = spawn(|| guard.with(|| { panic("inside"); 1 }));
                    let failed = spawn(|| { t.join(); 0 });
                    sleep(50);
                    println(guard.with(|| "free again"));
                }
                """);
        assertTrue(r.out().startsWith("free again"), r.out() + r.err());
    }

    @Test
    void atomicIntPrintsAndComparesByItsValue() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{AtomicInt};
                fn main() {
                    let a = AtomicInt::new(5);
                    println(a);
                    println(a == AtomicInt::new(5));
                    println(a == AtomicInt::new(6));
                }
                """);
        assertEquals("AtomicInt { value: 5 }\ntrue\nfalse\n", r.out(), r.err());
    }

    @Test
    void rwLockReadersShareAndWritersExclude() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{RwLock, AtomicInt, WaitGroup};
                fn main() {
                    let cache = RwLock::new(Map::new());
                    let inside = AtomicInt::new(0);
                    let wg = WaitGroup::new();
                    let most = AtomicInt::new(0);
                    wg.add(4);
                    for t in 0..4 {
                        spawn(|| {
                            cache.read(|m| {
                                let n = inside.add(1);
                                if n > most.get() { most.set(n); }
                                sleep(100);
                                inside.add(-1);
                            });
                            wg.done();
                        });
                    }
                    wg.wait();
                    println(most.get() > 1);
                    let mut tasks = Vec::new();
                    for t in 0..8 {
                        tasks.push(spawn(|| { for i in 0..200 { cache.update(|m| { m[t] = m.get(t).unwrap_or(0) + 1; m }); } }));
                    }
                    for t in tasks { t.join(); }
                    println(cache.read(|m| m.len()));
                    println(cache.get().get(3));
                    cache.set(Map::new());
                    println(cache.write(|m| m.len()));
                }
                """);
        assertEquals("true\n8\nSome(200)\n0\n", r.out(), r.err());
    }

    @Test
    void condvarWakesAWaiterInsideTheLock() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{Mutex, Condvar};
                fn main() {
                    let queue = Mutex::new(Vec::new());
                    let ready = Condvar::new();
                    let consumer = spawn(|| {
                        let mut got = Vec::new();
                        while got.len() < 3 {
                            queue.with(|q| {
                                while q.len() == 0 { ready.wait(queue); }
                                got.push(q.remove(0));
                            });
                        }
                        got
                    });
                    for i in 1..4 {
                        sleep(10);
                        queue.with(|q| { q.push(i * 10); ready.notify_one(); });
                    }
                    println(consumer.join());
                    println(queue.with(|q| ready.wait_timeout(queue, 20)));
                }
                """);
        assertEquals("[10, 20, 30]\nfalse\n", r.out(), r.err());
    }

    @Test
    void waitingOutsideTheLockPanics() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{Lock, Condvar};
                fn main() { Condvar::new().wait(Lock::new()); }
                """);
        assertEquals(101, r.status());
        assertTrue(r.err().contains("Condvar.wait needs its lock held"), r.err());
    }

    @Test
    void semaphoreBoundsHowManyRunAtOnce() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{Semaphore, AtomicInt, WaitGroup};
                fn main() {
                    let slots = Semaphore::new(2);
                    let inside = AtomicInt::new(0);
                    let most = AtomicInt::new(0);
                    let wg = WaitGroup::new();
                    for t in 0..6 {
                        wg.add(1);
                        spawn(|| {
                            slots.acquire();
                            let n = inside.add(1);
                            if n > most.get() { most.set(n); }
                            sleep(20);
                            inside.add(-1);
                            slots.release();
                            wg.done();
                        });
                    }
                    wg.wait();
                    println(most.get());
                    println(slots.try_acquire());
                    println(slots.try_acquire());
                    println(slots.try_acquire());
                    println(slots);
                }
                """);
        assertEquals("2\ntrue\ntrue\nfalse\nSemaphore { permits: 0 }\n", r.out(), r.err());
    }

    @Test
    void doneBelowZeroPanics() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{WaitGroup};
                fn main() { let wg = WaitGroup::new(); wg.add(1); wg.done(); wg.wait(); println("ok"); wg.done(); }
                """);
        assertEquals(101, r.status());
        assertEquals("ok\n", r.out());
        assertTrue(r.err().contains("WaitGroup.done() without a matching add"), r.err());
    }

    @Test
    void everyWaitHasATimedFormThatSaysWhetherItGotThere() throws Exception {
        TProgram.Result r = run("""
                import std.sync.{Semaphore, WaitGroup, RwLock};

                fn main() {
                    let s = Semaphore::new(1);
                    println(s.acquire_timeout(10));
                    let start = now_ms();
                    println(s.acquire_timeout(30));
                    println(now_ms() - start >= 30);
                    spawn(|| { sleep(20); s.release(); });
                    println(s.acquire_timeout(10000));
                    println(s.acquire_timeout(0));

                    let wg = WaitGroup::new();
                    println(wg.wait_timeout(0));
                    wg.add(2);
                    println(wg.wait_timeout(20));
                    for i in 0..2 { spawn(|| { sleep(10); wg.done(); }); }
                    println(wg.wait_timeout(10000));

                    let rw = RwLock::new(5);
                    println(rw.read_timeout(|v| v * 2, 10));
                    let held = Semaphore::new(0);
                    let writer = spawn(|| rw.write(|v| { held.release(); sleep(100); v }));
                    held.acquire();
                    println(rw.read_timeout(|v| v, 10));
                    println(rw.write_timeout(|v| v, 0));
                    println(rw.write_timeout(|v| v + 1, 10000));
                    writer.join();
                    println(rw.get());
                }
                """);
        assertEquals(new TProgram.Result(0, "true\nfalse\ntrue\ntrue\nfalse\ntrue\nfalse\ntrue\nSome(10)\nNone\nNone\nSome(6)\n5\n", ""), r);
    }
}
