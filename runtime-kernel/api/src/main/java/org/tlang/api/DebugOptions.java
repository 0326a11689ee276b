package org.tlang.api;

import java.util.function.IntConsumer;

/**
 * How a run is debugged ({@link TlangRuntime#debug}).
 *
 * @param port      the loopback port of the Debug Adapter Protocol server; 0 for any free one
 * @param suspend   whether {@code main} waits for a client's {@code configurationDone} ({@code tlang debug}), or runs at
 *                  once and a client may attach later ({@code tlang run --debug-port N})
 * @param listening told the port once the server listens
 */
public record DebugOptions(int port, boolean suspend, IntConsumer listening) {
    public DebugOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("the debug port must be between 0 and 65535, not " + port);
        if (listening == null) listening = p -> {};
    }
}
