package org.tlang.embed;

/** The runtime could not be booted or shut down; the message says why in one line. */
public final class TlangException extends RuntimeException {
    public TlangException(String message) {
        super(message);
    }

    public TlangException(String message, Throwable cause) {
        super(message, cause);
    }
}
