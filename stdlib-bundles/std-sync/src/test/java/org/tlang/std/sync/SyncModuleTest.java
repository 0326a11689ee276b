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
        return TProgram.run(dir, source, List.of(new SyncModule()));
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
}
