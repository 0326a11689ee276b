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

    SubsystemSlot(String kind, Class<?> spi, ComponentStarter starter) {
        this.kind = kind;
        this.spi = spi;
        this.starter = starter;
    }

    /** The service bound now, or null. Callers re-read it for each piece of new work. */
    Object service() {
        Binding b = current;
        return b == null ? null : b.service();
    }

    String boundName() {
        Binding b = current;
        return b == null ? null : b.name();
    }

    SwapResult swap(SubsystemOffer offer, Map<String, Object> settings, Duration startTimeout, Duration deadline) {
        synchronized (swapLock) {
            Binding old = current;
            String from = old == null ? "(none)" : old.name();
            Binding next;
            try {
                next = starter.start(offer, spi, settings, startTimeout);
            } catch (StartFailure e) {
                String keeps = old == null ? "" : "; " + kind + " '" + from + "' keeps serving";
                return new SwapResult(false, kind, from, offer.name(), true, e.getMessage() + keeps);
            }
            current = next;
            if (old == null) {
                return new SwapResult(true, kind, from, offer.name(), true, kind + " '" + offer.name() + "' bound");
            }
            boolean drained = drain(old, deadline);
            if (drained) {
                starter.stop(old);
                return new SwapResult(true, kind, from, offer.name(), true,
                        kind + " swapped from '" + from + "' to '" + offer.name() + "'; work in flight on '" + from + "' finished");
            }
            int left = old.service() instanceof Drainable d ? d.inFlight() : 0;
            retireLater(old);
            return new SwapResult(true, kind, from, offer.name(), false,
                    kind + " swapped from '" + from + "' to '" + offer.name() + "'; " + left + " tasks still run on '" + from
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
