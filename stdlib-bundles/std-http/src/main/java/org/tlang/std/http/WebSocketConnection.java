package org.tlang.std.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Unit;
import org.tlang.std.io.streams.IoErrors;

/**
 * One WebSocket (either end) as a resource of a program: frames are put together into whole
 * messages and queued; {@code recv} blocks only its own (virtual) thread. At most
 * {@value #QUEUED} messages wait unread: past that the peer is not read from until {@code recv}.
 */
final class WebSocketConnection implements FrameHandler, AutoCloseable {
    static final int QUEUED = 16;
    /** The largest message put together; a larger one closes the connection with 1009 (message too big). */
    static final int MAX_MESSAGE = JettyServer.MAX_BODY;

    /** What recv hands out: a message, or the end (closed, or failed with {@code error}). */
    private record Incoming(byte[] data, boolean text, String error) {}

    private static final Incoming CLOSED = new Incoming(null, false, null);

    private final String name;
    private final CompletableFuture<CoreSession> opened = new CompletableFuture<>();
    private final LinkedBlockingQueue<Incoming> messages = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private boolean partialText;
    private boolean demandPending;
    private volatile CoreSession session;
    private volatile boolean ended;

    WebSocketConnection(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
        session = coreSession;
        opened.complete(coreSession);
        callback.succeeded();
        coreSession.demand();
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
        byte op = frame.getOpCode();
        if (op == OpCode.TEXT || op == OpCode.BINARY || op == OpCode.CONTINUATION) {
            if (op != OpCode.CONTINUATION) partialText = op == OpCode.TEXT;
            if (partial.size() + frame.getPayloadLength() > MAX_MESSAGE) {
                callback.succeeded();
                session.close(CloseStatus.MESSAGE_TOO_LARGE, "message larger than " + MAX_MESSAGE + " bytes", Callback.NOOP);
                return;
            }
            ByteBuffer payload = frame.getPayload();
            if (payload != null) {
                byte[] bytes = new byte[payload.remaining()];
                payload.slice().get(bytes);
                partial.writeBytes(bytes);
            }
            if (frame.isFin()) {
                messages.add(new Incoming(partial.toByteArray(), partialText, null));
                partial.reset();
            }
        }
        callback.succeeded();
        synchronized (this) {
            if (messages.size() < QUEUED) session.demand();
            else demandPending = true;
        }
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
        opened.completeExceptionally(cause);
        messages.add(new Incoming(null, false, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus closeStatus, Callback callback) {
        ended = true;
        opened.completeExceptionally(new java.io.IOException("closed"));
        messages.add(CLOSED);
        callback.succeeded();
    }

    CompletableFuture<CoreSession> opened() {
        return opened;
    }

    /** Result&lt;Option&lt;Str&gt;, IoError&gt;: the next message; None once the peer closed. */
    Object recv() throws InterruptedException {
        return received(messages.take());
    }

    /** As {@link #recv}, or Err(TimedOut(..)) if no message came within {@code ms} milliseconds. */
    Object recv(long ms) throws InterruptedException {
        Incoming next = messages.poll(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (next == null) return IoErrors.err(IoErrors.TIMED_OUT, name + ": no message within " + ms + " ms");
        return received(next);
    }

    private Object received(Incoming next) {
        synchronized (this) {
            if (demandPending) {
                demandPending = false;
                session.demand();
            }
        }
        if (next.data() == null) {
            messages.add(next); // every later recv sees the end too
            return next.error() == null ? EnumValue.ok(EnumValue.NONE) : IoErrors.err(IoErrors.CONNECTION_RESET, name + ": " + next.error());
        }
        try {
            return EnumValue.ok(EnumValue.some(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(next.data())).toString()));
        } catch (CharacterCodingException e) {
            return IoErrors.err(IoErrors.INVALID_INPUT, name + ": a " + (next.text() ? "text" : "binary") + " message that is not valid UTF-8");
        }
    }

    /** Result&lt;(), IoError&gt;: the message sent (or failed). */
    Object send(byte[] data, boolean text) throws InterruptedException {
        CoreSession s = session;
        if (ended || s == null || !s.isOutputOpen()) return IoErrors.closed(name);
        Callback.Completable sent = new Callback.Completable();
        s.sendFrame(new Frame(text ? OpCode.TEXT : OpCode.BINARY, true, ByteBuffer.wrap(data)), sent, false);
        try {
            sent.get();
            return EnumValue.ok(Unit.VALUE);
        } catch (java.util.concurrent.ExecutionException e) {
            return IoErrors.err(IoErrors.CLOSED, name + ": closed (" + e.getCause().getMessage() + ")");
        }
    }

    @Override
    public void close() {
        CoreSession s = session;
        if (s == null || ended) return;
        Callback.Completable done = new Callback.Completable();
        s.close(CloseStatus.NORMAL, null, done);
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            s.abort();
        }
    }
}
