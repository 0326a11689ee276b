package org.tlang.modules;

import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.tlang.api.Limits;
import org.tlang.interp.FunctionCell;
import org.tlang.runtime.Cancellation;
import org.tlang.tir.TFunction;

/**
 * A pub fn as an embedding host calls it: through its cell (so it follows reloads and tier-up), on
 * the host's thread, as a task of the program of its own (what it leaves open closes when it returns).
 *
 * @param version the module version it was found in: a caller that keeps this checks it is still the one serving
 */
public record HostCall(LoadedModule version, TFunction function, FunctionCell cell, UnaryOperator<Callable<Object>> asTask) {

    /**
     * Calls it with {@code args}, runtime values of its parameter types, stopping it at
     * {@code limits}' deadline or fuel for this call alone. A panic propagates as
     * {@link org.tlang.runtime.PanicException}.
     */
    public Object call(Object[] args, Limits limits) {
        Callable<Object> task = asTask.apply(() -> cell.call(args));
        if (limits.maxFuel() <= 0 && limits.maxMillis() <= 0) return run(task);
        Cancellation cancel = limits.maxFuel() > 0 ? Cancellation.withFuel(limits.maxFuel()) : new Cancellation();
        if (limits.maxMillis() <= 0) return run(cancel, task);
        Thread caller = Thread.currentThread();
        Object guard = new Object();
        boolean[] returned = {false};
        Deadline deadline = Deadline.after(limits.maxMillis(), () -> {
            synchronized (guard) {
                if (returned[0]) return;
                cancel.cancel(Cancellation.DEADLINE);
                caller.interrupt();
            }
        });
        try {
            return run(cancel, task);
        } finally {
            deadline.cancel();
            synchronized (guard) {
                returned[0] = true;
            }
            // the interrupt was the deadline's, not the host's: it must not reach the host's next wait
            if (Cancellation.DEADLINE.equals(cancel.reason())) Thread.interrupted();
        }
    }

    /** An unlimited call: under the host's own cancellation, if it runs inside T work (a native module's callback), else none. */
    private static Object run(Callable<Object> task) {
        try {
            return task.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object run(Cancellation cancel, Callable<Object> task) {
        try {
            return cancel.call(task::call);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
