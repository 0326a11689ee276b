package org.tlang.std.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.GeneralSecurityException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.tlang.runtime.EnumValue;
import org.tlang.std.io.streams.IoErrors;

/** What a failed client exchange (HTTP or WebSocket) is as an IoError naming its target: never a Java trace. */
final class ClientFailures {
    private ClientFailures() {}

    static EnumValue err(TargetUrl target, Throwable failure) {
        return EnumValue.err(of(target, failure));
    }

    static EnumValue of(TargetUrl target, Throwable failure) {
        String where = target.uri().toString();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            switch (t) {
                case TimeoutException x -> { return IoErrors.error(IoErrors.TIMED_OUT, where + ": timed out"); }
                case SocketTimeoutException x -> { return IoErrors.error(IoErrors.TIMED_OUT, where + ": timed out"); }
                case ConnectException x -> { return IoErrors.error(IoErrors.CONNECTION_REFUSED, target.hostPort() + ": connection refused"); }
                case UnknownHostException x -> { return IoErrors.error(IoErrors.NOT_FOUND, target.host() + ": unknown host"); }
                case UnresolvedAddressException x -> { return IoErrors.error(IoErrors.NOT_FOUND, target.host() + ": unknown host"); }
                case SSLException x -> { return IoErrors.error(IoErrors.OTHER, target.host() + ": TLS failed: " + innermost(x)); }
                case GeneralSecurityException x -> { return IoErrors.error(IoErrors.OTHER, target.host() + ": TLS failed: " + innermost(x)); }
                default -> {}
            }
        }
        Throwable cause = failure instanceof ExecutionException e && e.getCause() != null ? e.getCause() : failure;
        if (cause instanceof IOException io && io.getClass() != IOException.class) return IoErrors.of(where, io);
        return IoErrors.error(IoErrors.OTHER, where + ": " + innermost(cause));
    }

    /** The message of the deepest cause, which says what went wrong without the wrappers' class names. */
    private static String innermost(Throwable t) {
        String message = null;
        for (; t != null; t = t.getCause()) if (t.getMessage() != null) message = t.getMessage();
        return message == null ? "failed" : message;
    }
}
