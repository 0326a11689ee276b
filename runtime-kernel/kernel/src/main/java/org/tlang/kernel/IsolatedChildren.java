package org.tlang.kernel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The child runtimes that run isolated programs ({@link IsolatedRun}) now: a drain of this runtime
 * sends each SIGTERM, so that it drains its program itself (the child is a {@code tlang run} too).
 */
final class IsolatedChildren {
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private volatile boolean draining;

    /** A child started; one started once a drain began is told to drain at once. */
    void started(Process child) {
        running.add(child);
        if (draining) child.destroy();
    }

    void ended(Process child) {
        running.remove(child);
    }

    /** True once a drain began: a child that ends then is not started again. */
    boolean draining() {
        return draining;
    }

    void drain() {
        draining = true;
        for (Process child : running) child.destroy(); // SIGTERM
    }
}
