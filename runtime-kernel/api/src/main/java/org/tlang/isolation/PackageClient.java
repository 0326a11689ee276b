package org.tlang.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.tlang.api.Panic;
import org.tlang.api.Value;

/**
 * The host's side of an isolated package's process: calls go out on the process's standard
 * input, any number at once, each answered by its id; what the package prints is copied to the
 * program's streams. When the process ends, every call still waiting is answered {@link Answer#gone}.
 */
public final class PackageClient {
    /** How a call ended: one of its result, a panic, a failure to make it, or the process ending first. */
    public record Answer(Value result, Panic panic, String failure, boolean gone) {
        static final Answer GONE = new Answer(null, null, null, true);
    }

    private final DataOutputStream to;
    private final DataInputStream from;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<Answer>> waiting = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile boolean ended;

    /** @param from the process's standard output; {@code to} its standard input */
    public PackageClient(InputStream from, OutputStream to, PrintStream out, PrintStream err) {
        this.from = new DataInputStream(new BufferedInputStream(from));
        this.to = new DataOutputStream(new BufferedOutputStream(to));
        this.out = out;
        this.err = err;
        Thread.ofPlatform().name("tlang-isolated-reader").daemon(true).start(this::read);
    }

    /** Waits until the process is serving; false if it ended first or took longer than {@code millis}. */
    public boolean awaitReady(long millis) throws InterruptedException {
        try {
            ready.get(millis, TimeUnit.MILLISECONDS);
            return !ended;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    public boolean ended() {
        return ended;
    }

    /** Calls {@code module.function} there and waits for its answer. */
    public Answer call(String module, String function, List<Value> args) throws InterruptedException {
        long id = ids.incrementAndGet();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        if (ended) answer.complete(Answer.GONE);
        try {
            Frames.writeCall(to, id, module, function, args);
            return answer.get();
        } catch (IOException e) {
            return Answer.GONE;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            waiting.remove(id);
        }
    }

    private void read() {
        try {
            for (Frames.Frame f; (f = Frames.read(from)) != null; ) {
                switch (f.kind()) {
                    case Frames.READY -> ready.complete(null);
                    case Frames.OUT -> print(out, f.bytes());
                    case Frames.ERR -> print(err, f.bytes());
                    default -> {
                        CompletableFuture<Answer> a = waiting.get(f.id());
                        if (a != null) a.complete(new Answer(f.result(), f.panic(), f.failure(), false));
                    }
                }
            }
        } catch (IOException e) {
            // the process ended in the middle of a frame
        } finally {
            ended = true;
            ready.complete(null);
            waiting.values().forEach(a -> a.complete(Answer.GONE));
        }
    }

    private static void print(PrintStream to, byte[] bytes) {
        to.write(bytes, 0, bytes.length);
        to.flush();
    }
}
