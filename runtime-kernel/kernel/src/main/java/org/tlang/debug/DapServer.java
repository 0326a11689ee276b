package org.tlang.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A Debug Adapter Protocol server for one program (the protocol VS Code and other editors speak:
 * JSON messages after a {@code Content-Length} header), on a loopback TCP port, one client at a
 * time. Supported:
 * initialize, launch and attach (the program is the one being run), setBreakpoints,
 * configurationDone, threads, stackTrace, scopes, variables, continue, next, stepIn, stepOut and
 * disconnect; events initialized, stopped, terminated and exited.
 */
public final class DapServer implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final ServerSocket listener;
    private final Debugger debugger;
    /** A file as the program shows it ({@code src/app/main.t}) to its path, for the client. */
    private final Function<String, Path> paths;
    /** Counted down at the first client's configurationDone, or when it goes. */
    private final CountDownLatch configured = new CountDownLatch(1);
    private final AtomicInteger seq = new AtomicInteger();
    /** The frames and scopes of the current stops, by the ids the client was given; renewed at each stop. */
    private final Map<Integer, Debugger.Activation> frames = new HashMap<>();
    private int nextFrame = 1;
    private volatile OutputStream to;
    private volatile Socket client;
    /** The program ended: a client that goes now needs no recompiling after it. */
    private volatile boolean closed;

    /** @param port 0 for any free port */
    public DapServer(int port, Debugger debugger, Function<String, Path> paths) throws IOException {
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.debugger = debugger;
        this.paths = paths;
        debugger.onStop(this::stopped);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /**
     * Serves clients one after another, on a thread of its own: {@code attached} runs before a
     * client's first request is read, {@code detached} once it has gone.
     */
    public void serve(Runnable attached, Runnable detached) {
        Thread.ofPlatform().name("tlang-dap").daemon(true).start(() -> {
            while (!listener.isClosed()) {
                try (Socket c = listener.accept()) {
                    client = c;
                    to = c.getOutputStream();
                    attached.run();
                    serve(new BufferedInputStream(c.getInputStream()));
                } catch (IOException e) {
                    // the listener closed, or the client went away
                } finally {
                    to = null;
                    if (!closed) detached.run();
                    debugger.detach();
                    configured.countDown();
                }
            }
        });
    }

    /** Waits until the first client has said {@code configurationDone}, or has gone. */
    public void awaitConfigured() throws InterruptedException {
        configured.await();
    }

    private void serve(InputStream from) throws IOException {
        for (JsonNode m; (m = read(from)) != null; ) {
            if ("request".equals(m.path("type").asText())) answer(m);
        }
    }

    private void answer(JsonNode request) throws IOException {
        String command = request.path("command").asText();
        JsonNode args = request.path("arguments");
        ObjectNode body = json.createObjectNode();
        String error = null;
        switch (command) {
            case "initialize" -> {
                body.put("supportsConfigurationDoneRequest", true);
                respond(request, body, null);
                event("initialized", json.createObjectNode());
                return;
            }
            case "launch", "attach" -> { }
            case "setBreakpoints" -> body.set("breakpoints", setBreakpoints(args));
            case "configurationDone" -> {
                respond(request, body, null);
                configured.countDown();
                return;
            }
            case "threads" -> {
                ArrayNode threads = body.putArray("threads");
                debugger.threads().forEach((id, name) -> threads.addObject().put("id", id).put("name", name));
            }
            case "stackTrace" -> body.set("stackFrames", stackTrace(args.path("threadId").asLong()));
            case "scopes" -> {
                int frame = args.path("frameId").asInt();
                ObjectNode locals = body.putArray("scopes").addObject();
                locals.put("name", "Locals").put("variablesReference", frame).put("expensive", false);
            }
            case "variables" -> {
                ArrayNode variables = body.putArray("variables");
                Debugger.Activation a;
                synchronized (frames) {
                    a = frames.get(args.path("variablesReference").asInt());
                }
                if (a != null) {
                    for (Debugger.Variable v : a.locals()) {
                        variables.addObject().put("name", v.name()).put("value", v.value()).put("type", v.type()).put("variablesReference", 0);
                    }
                }
            }
            case "continue", "next", "stepIn", "stepOut" -> {
                Debugger.Step step = switch (command) {
                    case "next" -> Debugger.Step.OVER;
                    case "stepIn" -> Debugger.Step.IN;
                    case "stepOut" -> Debugger.Step.OUT;
                    default -> Debugger.Step.CONTINUE;
                };
                if (command.equals("continue")) body.put("allThreadsContinued", false);
                respond(request, body, null);
                debugger.resume(args.path("threadId").asLong(), step);
                return;
            }
            case "disconnect" -> {
                respond(request, body, null);
                client.close();
                return;
            }
            default -> error = "tlang's debugger does not do `" + command + "`";
        }
        respond(request, body, error);
    }

    private ArrayNode setBreakpoints(JsonNode args) {
        ArrayNode out = json.createArrayNode();
        String path = args.path("source").path("path").asText();
        String file = debugger.fileOf(Path.of(path));
        Set<Integer> lines = new LinkedHashSet<>();
        for (JsonNode b : args.path("breakpoints")) {
            int line = b.path("line").asInt();
            boolean verified = file != null && debugger.hasStatement(file, line);
            if (verified) lines.add(line);
            ObjectNode r = out.addObject().put("verified", verified).put("line", line);
            if (!verified) r.put("message", file == null ? "no module of the program is in " + path : "no statement starts on line " + line);
        }
        if (file != null) debugger.setBreakpoints(file, lines);
        return out;
    }

    private ArrayNode stackTrace(long thread) {
        ArrayNode out = json.createArrayNode();
        List<Debugger.Activation> stack = debugger.stack(thread);
        synchronized (frames) {
            for (Debugger.Activation a : stack) {
                int id = nextFrame++;
                frames.put(id, a);
                Path path = paths.apply(a.file());
                ObjectNode f = out.addObject().put("id", id).put("name", a.function()).put("line", a.line()).put("column", a.column());
                f.putObject("source").put("name", a.file()).put("path", path == null ? a.file() : path.toString());
            }
        }
        return out;
    }

    private void stopped(long thread, String reason) {
        synchronized (frames) {
            frames.clear();
        }
        ObjectNode body = json.createObjectNode().put("reason", reason).put("threadId", thread).put("allThreadsStopped", false);
        try {
            event("stopped", body);
        } catch (IOException e) {
            try {
                client.close(); // the client is gone: its serving loop ends and it is detached
            } catch (IOException ignored) {
                // closed already
            }
        }
    }

    /** The program ended with {@code status}: the client is told, and the session is over. */
    public void exited(int status) {
        try {
            event("exited", json.createObjectNode().put("exitCode", status));
            event("terminated", json.createObjectNode());
        } catch (IOException e) {
            // the client went away first
        }
    }

    private void respond(JsonNode request, ObjectNode body, String error) throws IOException {
        ObjectNode r = json.createObjectNode().put("seq", seq.incrementAndGet()).put("type", "response")
                .put("request_seq", request.path("seq").asInt()).put("command", request.path("command").asText()).put("success", error == null);
        if (error != null) r.put("message", error);
        r.set("body", body);
        write(r);
    }

    private void event(String name, ObjectNode body) throws IOException {
        write(json.createObjectNode().put("seq", seq.incrementAndGet()).put("type", "event").put("event", name).set("body", body));
    }

    private void write(JsonNode message) throws IOException {
        OutputStream out = to;
        if (out == null) return;
        byte[] bytes = json.writeValueAsBytes(message);
        synchronized (this) {
            out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }
    }

    /** One message: headers up to an empty line, then {@code Content-Length} bytes of JSON; null at the end of the stream. */
    private JsonNode read(InputStream in) throws IOException {
        int length = -1;
        for (String header; !(header = line(in)).isEmpty(); ) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) length = Integer.parseInt(header.substring(15).trim());
        }
        if (length < 0) return null;
        byte[] body = in.readNBytes(length);
        if (body.length < length) return null;
        return json.readTree(body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') break;
            if (c != '\r') b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        debugger.detach();
        listener.close();
        if (client != null) client.close();
    }
}
