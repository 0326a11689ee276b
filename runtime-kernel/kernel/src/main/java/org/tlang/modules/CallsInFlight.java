package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the calls running in one linked revision of a native module, so that when its bundle stops
 * the kernel can let them finish before the framework takes the revision's classes away (a call
 * still loading one of them would fail). Two adder updates per call.
 */
final class CallsInFlight {
    private static final MethodHandle ENTER, EXIT;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            ENTER = lookup.findVirtual(CallsInFlight.class, "enter", MethodType.methodType(void.class));
            EXIT = lookup.findVirtual(CallsInFlight.class, "exit", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final LongAdder running = new LongAdder();

    /** {@code function}, counted while it runs (also when it throws). */
    MethodHandle around(MethodHandle function) {
        MethodType type = function.type();
        MethodHandle exit = EXIT.bindTo(this);
        MethodHandle cleanup;
        if (type.returnType() == void.class) {
            cleanup = MethodHandles.dropArguments(exit, 0, Throwable.class);
            cleanup = MethodHandles.dropArguments(cleanup, 1, type.parameterList());
        } else {
            cleanup = MethodHandles.foldArguments(MethodHandles.identity(type.returnType()), exit);
            cleanup = MethodHandles.dropArguments(cleanup, 0, Throwable.class);
            cleanup = MethodHandles.dropArguments(cleanup, 2, type.parameterList());
        }
        return MethodHandles.foldArguments(MethodHandles.tryFinally(function, cleanup), ENTER.bindTo(this));
    }

    /** Waits until no call runs, at most {@code patience}; the number still running then. */
    long drain(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long left;
        while ((left = running.sum()) > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return left;
    }

    @SuppressWarnings("unused") // through ENTER
    private void enter() {
        running.increment();
    }

    @SuppressWarnings("unused") // through EXIT
    private void exit() {
        running.decrement();
    }
}
