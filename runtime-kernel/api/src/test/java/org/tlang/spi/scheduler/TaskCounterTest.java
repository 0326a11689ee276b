package org.tlang.spi.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

class TaskCounterTest {
    private final TaskCounter counter = new TaskCounter();
    private final List<Runnable> queue = new ArrayList<>();
    private final Executor queued = queue::add; // accepts tasks, runs none: a pool with no free thread

    @Test
    void joinRunsATaskNoThreadHasStartedInTheJoiningThread() {
        Task<String> task = counter.launch(() -> Thread.currentThread().getName(), queued);
        assertEquals(1, counter.count());
        assertEquals(Thread.currentThread().getName(), task.join());
        assertEquals(0, counter.count());
        queue.getFirst().run(); // the pool picks it up late: it must not run the work twice
        assertEquals(0, counter.count());
    }

    @Test
    void joinRethrowsTheTasksUncheckedExceptionUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        Task<Object> task = counter.launch(() -> { throw boom; }, Runnable::run);
        assertSame(boom, assertThrows(IllegalStateException.class, task::join));
        TaskFailedException wrapped = assertThrows(TaskFailedException.class,
                counter.launch(() -> { throw new IOException("disk"); }, Runnable::run)::join);
        assertEquals("disk", wrapped.getCause().getMessage());
        assertEquals(0, counter.count());
    }

    @Test
    void drainRefusesNewTasksAndWaitsForTheOnesInFlight() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Task<Integer> running = counter.launch(() -> { release.await(); return 7; }, r -> Thread.ofVirtual().start(r));
        assertFalse(counter.drain(Duration.ofMillis(50)), "a task is still in flight");
        assertThrows(RejectedExecutionException.class, () -> counter.launch(() -> 1, Runnable::run));
        release.countDown();
        assertTrue(counter.drain(Duration.ofSeconds(5)));
        assertEquals(7, running.join());
    }

    @Test
    void aTaskTheExecutorRefusesIsNotCounted() {
        assertThrows(RejectedExecutionException.class, () -> counter.launch(() -> 1, r -> {
            throw new RejectedExecutionException("full");
        }));
        assertEquals(0, counter.count());
    }
}
