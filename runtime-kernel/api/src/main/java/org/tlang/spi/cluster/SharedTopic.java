package org.tlang.spi.cluster;

import java.util.function.Consumer;

/** A topic: every message published reaches each subscriber of every member, in publishing order per publisher. */
public interface SharedTopic {

    void publish(byte[] message);

    /** Calls {@code receiver} with each message published from now on, on a thread of the engine, until the result is closed. */
    AutoCloseable subscribe(Consumer<byte[]> receiver);
}
