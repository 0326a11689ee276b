package org.tlang.std.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** A URL a program asked to reach: checked for a scheme it may use and a host, with the {@code host:port} the net capability is checked on. */
record TargetUrl(URI uri, String hostPort) {
    static final Set<String> HTTP = Set.of("http", "https");
    static final Set<String> WEBSOCKET = Set.of("ws", "wss");

    /** Thrown for text that is not a URL of one of the schemes asked for; its message is the IoError's. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    static TargetUrl parse(String text, Set<String> schemes) throws Bad {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new Bad(text + ": not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) throw new Bad(text + ": not a valid URL (the scheme must be " + String.join(" or ", schemes.stream().sorted().toList()) + ")");
        if (uri.getHost() == null || uri.getHost().isEmpty()) throw new Bad(text + ": not a valid URL (no host)");
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.endsWith("s") ? 443 : 80;
        return new TargetUrl(uri, uri.getHost() + ":" + port);
    }

    boolean secure() {
        return uri.getScheme().toLowerCase(Locale.ROOT).endsWith("s");
    }

    String host() {
        return uri.getHost();
    }
}
