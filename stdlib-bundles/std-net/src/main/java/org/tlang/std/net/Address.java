package org.tlang.std.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** A T address, {@code "host:port"} or {@code "[v6]:port"}, and back. */
final class Address {
    private Address() {}

    /** Thrown for text that is not {@code host:port}; its message is the IoError's. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    static InetSocketAddress parse(String text) throws Bad, UnknownHostException {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) throw new Bad(text + ": expected host:port");
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new Bad(text + ": the port is not a number");
        }
        if (port < 0 || port > 65535) throw new Bad(text + ": port " + port + " is not in 0..65535");
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    static String format(java.net.SocketAddress address) {
        if (!(address instanceof InetSocketAddress a)) return String.valueOf(address);
        String host = a.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }
}
