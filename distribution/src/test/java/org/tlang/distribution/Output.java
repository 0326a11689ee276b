package org.tlang.distribution;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A program's stdout or stderr captured in memory, readable while the program runs. */
final class Output {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the text so far satisfies {@code condition}; fails the test after {@code timeout}. */
    String await(Predicate<String> condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String text = text();
            if (condition.test(text)) return text;
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting for " + what + "; output so far:\n" + text());
    }
}
