package org.tlang.kernel;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tlang.api.SwapResult;
import org.tlang.spi.Drainable;

/**
 * The implementation bound to one subsystem kind, and the swap protocol: start the new one (a
 * failure leaves the old one bound), route new work to it, drain the old one up to a deadline,
 * stop the old one once its work has finished.
 */
final class SubsystemSlot {
    private static final Logger LOG = LoggerFactory.getLogger(SubsystemSlot.class);

    private final String kind;
    private final Class<?> spi;
    private final ComponentStarter starter;
    private final Object swapLock = new Object();
    private volatile Binding current;
    private volatile Runnable onSwitch = () -> {};

    SubsystemSlot(String kind, Class<?> spi, ComponentStarter starter) {
        this.kind = kind;
        this.spi = spi;
        this.starter = starter;
    }

    /** Runs {@code action} each time new work starts going to another implementation (before the old one drains). */
    void onSwitch(Runnable action) {
        this.onSwitch = action;
    }

    /** The service bound now, or null. Callers re-read it for each piece of new work. */
    Object service() {
        Binding b = current;
        return b == null ? null : b.service();
    }

    /** True if {@code offer} with exactly {@code settings} is bound now. */
    boolean serves(SubsystemOffer offer, Map<String, Object> settings) {
        Binding b = current;
        return b != null && b.is(offer, settings);
    }

    String kind() {
        return kind;
    }

    String boundName() {
        Binding b = current;
        return b == null ? null : b.name();
    }

    /** The binding serving now, or null. */
    Binding bound() {
        return current;
    }

    /** A whole swap: {@link #start}, then {@link #switchTo}; a start failure leaves the bound one serving. */
    SwapResult swap(SubsystemOffer offer, Map<String, Object> settings, Duration startTimeout, Duration deadline) {
        Binding next;
        try {
            next = start(offer, settings, startTimeout);
        } catch (StartFailure e) {
            return refused(offer, e);
        }
        return switchTo(next, deadline);
    }

    /** Step 1: starts an implementation beside the bound one and has it do its {@link FirstTask}; nothing is routed to it yet. */
    Binding start(SubsystemOffer offer, Map<String, Object> settings, Duration timeout) throws StartFailure {
        Binding next = starter.start(offer, spi, settings, timeout);
        if (next.service() == null) return next; // built in
        try {
            FirstTask.check(offer, next.service(), timeout);
        } catch (StartFailure e) {
            starter.stop(next);
            throw e;
        }
        return next;
    }

    /** Gives up an implementation that was started but will not be switched to. */
    void discard(Binding started) {
        starter.stop(started);
    }

    SwapResult refused(SubsystemOffer offer, StartFailure failure) {
        String from = boundName();
        String keeps = from == null ? "" : "; " + kind + " '" + from + "' keeps serving";
        return new SwapResult(false, kind, from == null ? "(none)" : from, offer.name(), true, failure.getMessage() + keeps);
    }

    /**
     * Steps 2 to 4: new work goes to {@code next}; the old implementation is drained up to the
     * deadline and stopped, or, past the deadline, stopped when its last task ends.
     */
    SwapResult switchTo(Binding next, Duration deadline) {
        synchronized (swapLock) {
            Binding old = current;
            String to = next.name();
            current = next;
            onSwitch.run();
            if (old == null) {
                return new SwapResult(true, kind, "(none)", to, true, kind + " '" + to + "' bound");
            }
            String from = old.name();
            if (drain(old, deadline)) {
                starter.stop(old);
                return new SwapResult(true, kind, from, to, true,
                        kind + " swapped from '" + from + "' to '" + to + "'; work in flight on '" + from + "' finished");
            }
            int left = old.service() instanceof Drainable d ? d.inFlight() : 0;
            retireLater(old);
            return new SwapResult(true, kind, from, to, false,
                    kind + " swapped from '" + from + "' to '" + to + "'; " + left + " tasks still run on '" + from
                            + "' past the " + deadline.toMillis() + " ms deadline; it stops when they finish");
        }
    }

    /** Stops the bound implementation, draining it first; used when the runtime shuts down. */
    void unbind(Duration deadline) {
        synchronized (swapLock) {
            Binding old = current;
            current = null;
            if (old != null) {
                drain(old, deadline);
                starter.stop(old);
            }
        }
    }

    private static boolean drain(Binding old, Duration deadline) {
        if (!(old.service() instanceof Drainable d)) return true;
        try {
            return d.drain(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void retireLater(Binding old) {
        Thread.ofVirtual().name("tlang-retire-" + kind).start(() -> {
            if (drain(old, Duration.ofDays(1))) {
                LOG.info("{} '{}' finished its last task and stops", kind, old.name());
                starter.stop(old);
            }
        });
    }
}
