package org.tlang.scheduler.stealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tlang.spi.scheduler.Task;

class WorkStealingSchedulerTest {
    static WorkStealingScheduler.Config parallelism(int n) {
        return new WorkStealingScheduler.Config() {
            @Override
            public int parallelism() {
                return n;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return WorkStealingScheduler.Config.class;
            }
        };
    }

    final WorkStealingScheduler scheduler = new WorkStealingScheduler(parallelism(2));

    @AfterEach
    void stop() {
        scheduler.deactivate();
    }

    /** fib by spawning both halves: deep nested spawn/join on two carriers. */
    long fib(int n) {
        if (n < 2) return n;
        Task<Long> a = scheduler.spawn(() -> fib(n - 1));
        Task<Long> b = scheduler.spawn(() -> fib(n - 2));
        return a.join() + b.join();
    }

    @Test
    void nestedSpawnAndJoinOnTwoCarriersDoesNotStarveAndSteals() {
        assertEquals(2, scheduler.parallelism());
        assertEquals(6765L, scheduler.spawn(() -> fib(20)).join());
        assertTrue(scheduler.steals() > 0, "carriers took work from each other");
    }

    @Test
    void tasksBlockedOnEachOtherStillFinish() throws Exception {
        CountDownLatch all = new CountDownLatch(1);
        List<Task<Integer>> waiting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int k = i;
            waiting.add(scheduler.spawn(() -> {
                all.await();
                return k;
            }));
        }
        Task<Integer> opener = scheduler.spawn(() -> {
            all.countDown();
            return 7;
        });
        assertEquals(7, opener.join(), "joined before a carrier was free: the joiner ran it");
        assertEquals(1, waiting.get(0).join() + waiting.get(1).join());
    }

    @Test
    void drainingRefusesNewTasksAndWaitsForTheRest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Task<String> running = scheduler.spawn(() -> {
            release.await();
            return "done";
        });
        assertEquals(1, scheduler.inFlight());
        assertFalse(scheduler.drain(Duration.ofMillis(50)), "still one in flight");
        assertThrows(RejectedExecutionException.class, () -> scheduler.spawn(() -> 1));
        release.countDown();
        assertTrue(scheduler.drain(Duration.ofSeconds(5)));
        assertEquals("done", running.join());
    }

    @Test
    void aParallelismOutOfRangeIsRefusedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WorkStealingScheduler(parallelism(-1)));
        assertEquals("scheduler.parallelism must be between 1 and 4096, got -1", e.getMessage());
        WorkStealingScheduler processors = new WorkStealingScheduler(parallelism(0));
        assertEquals(Runtime.getRuntime().availableProcessors(), processors.parallelism());
        processors.deactivate();
    }
}
