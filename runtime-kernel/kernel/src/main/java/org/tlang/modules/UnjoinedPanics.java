package org.tlang.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.tlang.api.Panic;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.scheduler.Task;
import org.tlang.spi.telemetry.Telemetry;

/**
 * Panics of spawned tasks that nobody joins. A joined task's panic is re-raised by {@code join}
 * and reported where it lands; one that is never joined would vanish, so it is kept here and
 * printed when the program ends.
 */
final class UnjoinedPanics {
    private final Set<PanicException> pending = ConcurrentHashMap.newKeySet();
    private final Supplier<Telemetry> telemetry;

    UnjoinedPanics(Supplier<Telemetry> telemetry) {
        this.telemetry = telemetry;
    }

    private void count(PanicException p) {
        PanicEvents.record(telemetry.get(), p, "task");
    }

    /** Spawns {@code work}; it inherits the spawning task's {@link Cancellation}, if any. */
    <T> Task<T> spawn(Scheduler scheduler, Callable<T> work) {
        AtomicBoolean joined = new AtomicBoolean();
        Cancellation cancel = Cancellation.current();
        Task<T> task = scheduler.spawn(() -> {
            try {
                return cancel == null ? work.call() : cancel.call(work::call);
            } catch (PanicException p) {
                count(p);
                if (!joined.get()) pending.add(p);
                throw p;
            } catch (StackOverflowError | OutOfMemoryError e) {
                // compiled code does not catch them (see PanicException.exhausted): the task's root does
                PanicException p = PanicException.exhausted(e);
                count(p);
                if (!joined.get()) pending.add(p);
                throw p;
            }
        });
        return new Task<>() {
            @Override
            public T join() {
                joined.set(true);
                try {
                    return task.join();
                } catch (PanicException p) {
                    pending.remove(p);
                    throw p;
                }
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /** Every panic of a task nobody joined so far, forgotten here. */
    List<Panic> drain() {
        List<Panic> out = new ArrayList<>();
        for (PanicException p : pending) {
            if (pending.remove(p)) out.add(p.toPanic());
        }
        return out;
    }
}
