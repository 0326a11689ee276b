package org.tlang.spi.memory;

import java.util.List;

/**
 * Decides when runtime-owned resources (a program's open files, sockets, child processes, and the
 * off-heap buffers they hold) are freed: with the task that owns them (region), once the T values
 * holding them are unreachable ({@link java.lang.ref.Cleaner}), or when the last holder releases
 * them (reference counting).
 *
 * <p>Who owns what is decided in one place, the program's {@link org.tlang.spi.natives.Resources}:
 * it tells the collector each step of a resource's life, and the collector decides when it closes.
 * An owner is a task (an object unique to it, whose {@link #ended} says it is done), the program
 * ({@link #PROGRAM}: its statics, what opened outside any task) or a value on its way from one task
 * to another ({@link #IN_TRANSIT}: sent, or a task's result not joined yet). Each resource a
 * collector is given is the program's closer for it: closing it frees the resource and takes it off
 * the program's books, from any thread, once (again is a no-op). A resource stays with the
 * collector that tracked it until it is closed, also after another collector is bound.
 *
 * <p>The defaults are the region policy, so a collector built against 0.3 (which knew only
 * {@link #track} and {@link #live}) behaves as the runtime did then.
 */
public interface Collector {
    /** The program as an owner: what its statics keep, and what was opened outside any of its tasks. */
    Object PROGRAM = new Object() {
        @Override
        public String toString() {
            return "the program";
        }
    };
    /** What was handed on (sent on a channel, a task's result) and not received yet. */
    Object IN_TRANSIT = new Object() {
        @Override
        public String toString() {
            return "in transit";
        }
    };

    /**
     * Ties {@code resource}, just opened, to {@code owner}: the policy closes it once the owner is
     * done with it (unreachable, scope closed, or count dropped to zero, depending on the policy).
     */
    void track(Object owner, AutoCloseable resource);

    /** Resources tracked and not yet closed. */
    long live();

    /**
     * {@code from} handed {@code resource} on to {@code to}: returned it, sent it, received it, kept
     * it in a static or gave it to a task it spawned. {@code to} owns it now.
     */
    default void handedOn(AutoCloseable resource, Object from, Object to) {}

    /**
     * {@code holder}, a T value that holds {@code resource} (a {@code File { id }}), was made; a
     * tracing policy watches it. A resource can have several (a file and its reader).
     */
    default void heldBy(AutoCloseable resource, Object holder) {}

    /**
     * Task {@code owner} ended; {@code owned} is what it owns still, what it did not hand on. By
     * default those close: the region policy.
     */
    default void ended(Object owner, List<AutoCloseable> owned) {
        for (AutoCloseable r : owned) {
            try {
                r.close();
            } catch (Exception e) {
                // nobody is left to tell: the owner ended
            }
        }
    }

    /** T code running as {@code owner} asked to close {@code resource}: true to close it now (the default). */
    default boolean closing(Object owner, AutoCloseable resource) {
        return true;
    }

    /** {@code resource} was closed (by T code, by this policy, or as the program stopped): it is no longer tracked. */
    default void closed(AutoCloseable resource) {}

    /** The program stopped with {@code leftOpen} still open, which close next (a policy may report them). */
    default void stopped(List<AutoCloseable> leftOpen) {}
}
