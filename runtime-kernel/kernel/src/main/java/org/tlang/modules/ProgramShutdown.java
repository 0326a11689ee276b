package org.tlang.modules;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.tlang.interp.Host;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.ProgramExit;
import org.tlang.spi.natives.Drainable;

/**
 * How one program stops: the tasks it runs now (counted, so that a drain can wait for them), what
 * takes work from outside it ({@link Drainable}s: servers, listeners), its main, and its shutdown
 * hooks ({@code process.on_shutdown}), which run once, when it stops.
 */
final class ProgramShutdown {
    private final List<Drainable> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();
    private final AtomicInteger tasks = new AtomicInteger();
    private final Object idle = new Object();
    private final CountDownLatch mainEnded = new CountDownLatch(1);
    private final AtomicBoolean hooksRun = new AtomicBoolean();
    /** Set once a drain began: a listener opened after that is closed at once. */
    private volatile boolean draining;

    /** {@code work} as a task the program's drain waits for: counted from now (queued) until it ends. */
    <T> Callable<T> counted(Callable<T> work) {
        tasks.incrementAndGet();
        return () -> {
            try {
                return work.call();
            } finally {
                taskEnded();
            }
        };
    }

    /** A task made by {@link #counted} that will never run (its spawn failed). */
    void taskEnded() {
        if (tasks.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    void onShutdown(Runnable hook) {
        hooks.add(hook);
    }

    Runnable drainOnShutdown(Drainable listener) {
        listeners.add(listener);
        if (draining && listeners.remove(listener)) {
            listener.stopAccepting();
            listener.close();
        }
        return () -> listeners.remove(listener);
    }

    void mainEnded() {
        mainEnded.countDown();
    }

    /**
     * Stops every listener taking work, waits until {@code deadline} for what they took and for the
     * program's tasks, closes the listeners, and gives main until the deadline to return.
     *
     * @return true if main returned by then (false: it is to be stopped)
     */
    boolean drain(long deadline) throws InterruptedException {
        draining = true;
        for (Drainable d : listeners) d.stopAccepting();
        for (Drainable d : listeners) d.awaitIdle(deadline);
        synchronized (idle) {
            long left;
            while (tasks.get() > 0 && (left = deadline - System.nanoTime()) > 0) TimeUnit.NANOSECONDS.timedWait(idle, left);
        }
        for (Drainable d : List.copyOf(listeners)) d.close();
        listeners.clear();
        return mainEnded.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /**
     * Runs the shutdown hooks (once), one after the other in the order they were added, each as a
     * task of the program; {@code millis} from now bounds them all (a time of their own, after a
     * drain's): a hook still running then is cancelled. A hook's panic is reported on {@code err}.
     */
    void runHooks(Host exec, PrintStream err, long millis) {
        if (!hooksRun.compareAndSet(false, true) || hooks.isEmpty()) return;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (Runnable hook : hooks) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            Cancellation cancel = new Cancellation();
            AtomicReference<Thread> thread = new AtomicReference<>();
            Deadline expiry = Deadline.after(Math.max(1, left), () -> {
                cancel.cancel(Cancellation.DEADLINE);
                Thread t = thread.get();
                if (t != null) t.interrupt();
            });
            try {
                exec.spawn(() -> cancel.call(() -> {
                    thread.set(Thread.currentThread());
                    hook.run();
                    return null;
                })).join();
            } catch (PanicException p) {
                err.print("a shutdown hook failed with a panic:\n" + p.render());
            } catch (ProgramExit e) {
                // process.exit in a hook: the program is stopping already
            } finally {
                expiry.cancel();
                err.flush();
            }
        }
    }
}
