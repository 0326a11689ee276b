package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tlang.interp.CallTarget;
import org.tlang.interp.FunctionCell;
import org.tlang.runtime.PanicException;

/**
 * Holds the calls of a native module's Java functions while its bundle is between two revisions:
 * the old one stopped (its classes may be going away with its wiring), the next one not registered
 * yet. A call waits here, then goes through its cell to whatever serves then; if no revision comes
 * within {@link #WAIT}, it panics naming the module.
 */
final class NativeGate {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final MethodHandle PASS;

    static {
        try {
            PASS = MethodHandles.lookup().findVirtual(NativeGate.class, "pass", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String module;
    private final CountDownLatch open = new CountDownLatch(1);
    private final long deadline = System.nanoTime() + WAIT.toNanos();
    /** What the gated cells targeted before: put back if the next revision is refused. */
    final Map<FunctionCell, CallTarget> before;

    NativeGate(String module, Map<FunctionCell, CallTarget> before) {
        this.module = module;
        this.before = Map.copyOf(before);
    }

    /** {@code call} (calling a function's cell) once the gate opens. */
    MethodHandle guard(MethodHandle call) {
        return MethodHandles.foldArguments(call, PASS.bindTo(this));
    }

    void open() {
        open.countDown();
    }

    @SuppressWarnings("unused") // through PASS
    private void pass() {
        long left = deadline - System.nanoTime();
        try {
            if (left > 0 && open.await(left, TimeUnit.NANOSECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PanicException("cancelled while " + module + " was being updated", null);
        }
        throw new PanicException(module + " was stopped and no new version of it started within " + WAIT.toSeconds() + " s", null);
    }
}
