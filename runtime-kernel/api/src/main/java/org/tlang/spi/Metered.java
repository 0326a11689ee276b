package org.tlang.spi;

import java.util.Map;

/**
 * A subsystem that counts what it does. The kernel gathers the counters of every bound subsystem
 * that implements this, keyed {@code kind.name} (e.g. {@code tier.compiled}), for
 * {@code tlang admin status} and {@link org.tlang.api.TlangRuntime#metrics()}.
 */
public interface Metered {

    /** Counter names and their current values, in the order they should be shown. */
    Map<String, Number> metrics();
}
