package org.tlang.modules;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A run's deadline: {@code expire} runs once {@code millis} have passed, unless cancelled first. */
final class Deadline {
    static final Deadline NONE = new Deadline(null);
    /** One daemon thread for every program's deadline: expiring only cancels, so it never waits. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tlang-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledFuture<?> pending;

    private Deadline(ScheduledFuture<?> pending) {
        this.pending = pending;
    }

    static Deadline after(long millis, Runnable expire) {
        return new Deadline(TIMER.schedule(expire, millis, TimeUnit.MILLISECONDS));
    }

    void cancel() {
        if (pending != null) pending.cancel(false);
    }
}
