package org.tlang.scheduler.deterministic;

import java.lang.reflect.Constructor;
import java.lang.reflect.InaccessibleObjectException;
import java.util.concurrent.Executor;

/**
 * Virtual threads whose carrier is an {@link Executor} of our choosing. The JDK has no public API
 * for that; it has a package-private constructor, {@code java.lang.ThreadBuilders$VirtualThreadBuilder(Executor)},
 * which its own tests use. Reaching it takes {@code --add-opens java.base/java.lang=ALL-UNNAMED}
 * on the JVM's command line (a bundle's classes are in an unnamed module).
 */
final class VirtualThreadsOn {
    static final String ADD_OPENS = "--add-opens java.base/java.lang=ALL-UNNAMED";
    private static final String BUILDER = "java.lang.ThreadBuilders$VirtualThreadBuilder";

    private VirtualThreadsOn() {}

    /**
     * A builder of virtual threads that {@code scheduler} mounts and runs.
     *
     * @throws IllegalStateException naming the missing JVM option when the JDK refuses the access,
     *                               or the JDK when it has no such constructor; with no cause, since
     *                               the kernel reports a failed activation's innermost message
     */
    static Thread.Builder.OfVirtual carrier(Executor scheduler) {
        Constructor<?> constructor;
        try {
            constructor = Class.forName(BUILDER, false, null).getDeclaredConstructor(Executor.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the deterministic scheduler needs " + BUILDER + "(Executor), which JDK "
                    + Runtime.version() + " does not have (" + e + ")");
        }
        try {
            constructor.setAccessible(true);
            return (Thread.Builder.OfVirtual) constructor.newInstance(scheduler);
        } catch (InaccessibleObjectException e) {
            throw new IllegalStateException("the deterministic scheduler needs the JVM option " + ADD_OPENS
                    + " (the tlang launcher passes it; an embedding JVM must too): " + e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the deterministic scheduler could not make a virtual thread builder: " + e);
        }
    }
}
