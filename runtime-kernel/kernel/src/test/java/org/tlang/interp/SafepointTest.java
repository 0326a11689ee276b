package org.tlang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.Cancellation;
import org.tlang.testing.TRunner;

/** Loops poll the safepoint: they give virtual threads' carriers back and stop when cancelled. */
class SafepointTest {
    /** Runs {@code source} on a virtual thread under {@code cancel}. */
    static CompletableFuture<TRunner.Result> start(String source, Cancellation cancel) {
        CompletableFuture<TRunner.Result> done = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                done.complete(cancel.call(() -> TRunner.run(source)));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        return done;
    }

    /**
     * Cancels {@code source} once it has had time to reach its loop, and checks that it stopped
     * there. On a loaded machine the program may not have reached the loop yet (it was cancelled
     * while it compiled): then it is tried again with more time, up to a second.
     */
    static void assertCancelledAt(String source, String where) throws Exception {
        TRunner.Result r = null;
        for (long wait : new long[] {50, 250, 1000}) {
            Cancellation cancel = new Cancellation();
            CompletableFuture<TRunner.Result> run = start(source, cancel);
            Thread.sleep(wait);
            cancel.cancel("cancelled");
            r = run.get(30, TimeUnit.SECONDS);
            assertEquals(101, r.exit(), r.err());
            assertTrue(r.err().startsWith("panic: cancelled\n"), r.err());
            if (r.err().contains(where)) return;
        }
        assertTrue(r.err().contains(where), r.err());
    }

    @Test
    void everyKindOfLoopStopsWhenCancelled() throws Exception {
        assertCancelledAt("fn main() {\n    let mut i = 0;\n    loop { i += 1; }\n}\n", "main.t:3:5");
        assertCancelledAt("fn main() {\n    let mut i = 0;\n    while true { i = i % 7 + 1; }\n}\n", "main.t:3:5");
        assertCancelledAt("fn main() {\n    let mut s = 0;\n    for i in 0..9223372036854775807 { s = i; }\n}\n", "main.t:3:5");
        assertCancelledAt("fn main() {\n    let v = [1, 2, 3];\n    for x in v { v.push(x); }\n}\n",
                "main.t:3:5");
    }

    @Test
    void nestedShortLoopsShareTheActivationsCount() throws Exception {
        // the inner loop never runs a whole period, the activation's count does
        assertCancelledAt("""
                fn main() {
                    let mut s = 0;
                    loop {
                        for i in 0..10 { s = (s + i) % 1000; }
                    }
                }
                """, "main.t:");
    }

    @Test
    void tasksSpawnedByCancelledWorkStopToo() throws Exception {
        assertCancelledAt("""
                fn spin() -> Int { let mut i = 0; loop { i = (i + 1) % 10; } }
                fn main() {
                    let t = spawn(|| spin());
                    println(t.join());
                }
                """, "main.t:1:");
    }

    @Test
    void spinningTasksLeaveTheCarriersToOthers() throws Exception {
        // more spinning virtual threads than carriers: without yields none other would ever run
        int spinners = Runtime.getRuntime().availableProcessors() + 1;
        List<Cancellation> cancels = new ArrayList<>();
        List<CompletableFuture<TRunner.Result>> runs = new ArrayList<>();
        for (int i = 0; i < spinners; i++) {
            Cancellation c = new Cancellation();
            cancels.add(c);
            runs.add(start("fn main() { let mut i = 0; loop { i = (i + 1) % 10; } }\n", c));
        }
        try {
            Thread.sleep(200);
            TRunner.Result other = start("fn main() { println(\"still served\"); }\n", new Cancellation()).get(30, TimeUnit.SECONDS);
            assertEquals("still served\n", other.out());
            for (CompletableFuture<TRunner.Result> r : runs) assertTrue(!r.isDone(), "a spinner ended early");
        } finally {
            for (Cancellation c : cancels) c.cancel("cancelled");
        }
        for (CompletableFuture<TRunner.Result> r : runs) assertEquals(101, r.get(30, TimeUnit.SECONDS).exit());
    }
}
