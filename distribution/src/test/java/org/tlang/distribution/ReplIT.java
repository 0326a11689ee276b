package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** {@code tlang repl} as a user meets it: a separate JVM fed line by line, signalled as Ctrl-C signals it. */
class ReplIT {

    /** A running {@code tlang repl}, its input a pipe (so JLine's terminal is a dumb one). */
    private static final class Session implements AutoCloseable {
        final Process process;
        final OutputStream in;
        final StringBuffer out = new StringBuffer();
        final StringBuffer err = new StringBuffer();

        Session() throws IOException {
            List<String> command = CommandLineIT.launcher();
            command.add("repl");
            process = new ProcessBuilder(command).directory(CommandLineIT.ROOT.toFile()).start();
            in = process.getOutputStream();
            pump(process.getInputStream(), out);
            pump(process.getErrorStream(), err);
        }

        private static void pump(InputStream from, StringBuffer to) {
            Thread.ofVirtual().start(() -> {
                byte[] buf = new byte[8192];
                try {
                    for (int n; (n = from.read(buf)) > 0; ) to.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    to.append("\n<read failed: ").append(e).append(">");
                }
            });
        }

        void type(String text) throws IOException {
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** Waits (at most 30 s) until stdout shows {@code expected}. */
        void awaitOutput(String expected) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!out.toString().contains(expected)) {
                assertTrue(System.nanoTime() < deadline && process.isAlive(), "no `" + expected + "` on stdout: " + out + "\nstderr: " + err);
                Thread.sleep(20);
            }
        }

        /** Sends SIGINT (what Ctrl-C sends) until stderr shows {@code expected}; fails after 30 s. */
        void interruptUntil(String expected) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!err.toString().contains(expected)) {
                assertTrue(System.nanoTime() < deadline, "no `" + expected + "` 30 s after Ctrl-C; stderr: " + err);
                assertTrue(process.isAlive(), "Ctrl-C ended the REPL; stderr: " + err);
                assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
                Thread.sleep(200);
            }
            Thread.sleep(300); // a SIGINT still in flight lands at the prompt, where it only clears the line
        }

        int exit() throws Exception {
            in.close();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tlang repl did not exit; stderr: " + err);
            Thread.sleep(100); // the pumps read the last bytes
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    @Test
    void ctrlCStopsAWaitingInputAndKeepsTheSession() throws Exception {
        try (Session repl = new Session()) {
            repl.type("let x = 3\nsleep(600000)\n");
            repl.awaitOutput("t> t> "); // the second prompt: the sleep is being read (before, SIGINT would hit the booting JVM)
            Thread.sleep(300); // and then runs
            repl.interruptUntil("panic: interrupted");
            repl.type("x + 1\n:quit\n");
            assertEquals(0, repl.exit(), repl.err.toString());
            assertTrue(repl.out.toString().contains("4\n"), "the session goes on after Ctrl-C: " + repl.out);
            assertTrue(repl.err.toString().startsWith("panic: interrupted\n    at <input> (<repl-2>:1:1)\n"), repl.err.toString());
        }
    }

    @Test
    void runawayRecursionIsAPanicAndErrorsPointAtWhatWasTyped() throws Exception {
        try (Session repl = new Session()) {
            repl.type("fn down(n: Int) -> Int { down(n + 1) }\nlet x = 2\ndown(0)\nx + nothing\nx * 21\n");
            assertEquals(0, repl.exit(), repl.err.toString());
            String err = repl.err.toString();
            // interpreted frames show the column; compiled ones (once the tiered tier compiled `down`) the line only
            assertTrue(err.startsWith("panic: stack overflow\n    at repl.down (<repl-1>:1:26)\n")
                    || err.startsWith("panic: stack overflow\n    at repl.down (<repl-1>:1:0)\n"), err);
            assertTrue(err.contains("    at <input> (<repl-3>:1:1)\n"), err);
            assertTrue(err.contains(" --> <repl-4>:1:5\n  |\n1 | x + nothing\n  |     ^\n"), err);
            for (String wrapper : List.of("__", "tlang-repl-", "Exception", "Error")) assertFalse(err.contains(wrapper), err);
            assertTrue(repl.out.toString().contains("42\n"), "the session goes on: " + repl.out);
        }
    }
}
