package org.tlang.distribution;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A scripted Debug Adapter Protocol client, as an editor would be: requests out, responses and events in. */
final class DapClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<Map<String, Object>> responses = new LinkedBlockingQueue<>();
    private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
    private int seq;

    DapClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        out = socket.getOutputStream();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        Thread.ofVirtual().start(() -> {
            try {
                for (Map<String, Object> m; (m = read(in)) != null; ) ("event".equals(m.get("type")) ? events : responses).add(m);
            } catch (IOException e) {
                // closed
            }
        });
    }

    /** An object for a request's arguments: {@code args("threadId", 3L)}. */
    static Map<String, Object> args(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) m.put((String) keysAndValues[k], keysAndValues[k + 1]);
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /** Sends {@code command} and returns its response's body; fails unless it succeeded. */
    Map<String, Object> request(String command, Map<String, Object> arguments) throws Exception {
        Map<String, Object> r = args("seq", (long) ++seq, "type", "request", "command", command);
        if (arguments != null) r.put("arguments", arguments);
        byte[] bytes = Json.write(r).getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        Map<String, Object> response = responses.poll(60, TimeUnit.SECONDS);
        if (response == null) throw new AssertionError("no response to " + command);
        if (((Long) response.get("request_seq")) != seq || !command.equals(response.get("command"))) throw new AssertionError("not the response to " + command + ": " + response);
        if (!Boolean.TRUE.equals(response.get("success"))) throw new AssertionError(command + " failed: " + response);
        return obj(response.get("body"));
    }

    /** The next event, which must be {@code name}; its body. */
    Map<String, Object> event(String name) throws InterruptedException {
        Map<String, Object> e = events.poll(60, TimeUnit.SECONDS);
        if (e == null) throw new AssertionError("no " + name + " event");
        if (!name.equals(e.get("event"))) throw new AssertionError("expected a " + name + " event, got " + e);
        return obj(e.get("body"));
    }

    private static Map<String, Object> read(InputStream in) throws IOException {
        int length = -1;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1 && c != '\n') if (c != '\r') line.write(c);
            if (c == -1) return null;
            String header = line.toString(StandardCharsets.US_ASCII);
            if (header.isEmpty()) break;
            if (header.startsWith("Content-Length:")) length = Integer.parseInt(header.substring(15).trim());
        }
        return obj(Json.parse(new String(in.readNBytes(length), StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
