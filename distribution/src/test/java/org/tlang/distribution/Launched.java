package org.tlang.distribution;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A command running in its own process, its stdout and stderr captured as they come; closing it kills it. */
final class Launched implements AutoCloseable {
    final Process process;
    final Output out = new Output();
    final Output err = new Output();
    private final Thread outPump;
    private final Thread errPump;

    Launched(List<String> command, File stdin) throws IOException {
        this(command, stdin, Map.of());
    }

    /** With {@code env} added to this process's environment. */
    Launched(List<String> command, File stdin, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(CommandLineIT.ROOT.toFile()).redirectInput(stdin);
        builder.environment().putAll(env);
        process = builder.start();
        outPump = pump(process.getInputStream(), out);
        errPump = pump(process.getErrorStream(), err);
    }

    Launched(List<String> command) throws IOException {
        this(command, new File("/dev/null"));
    }

    /** Waits for the process to exit and its output to be read; false if it still runs after {@code seconds}. */
    boolean exited(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) return false;
        outPump.join();
        errPump.join();
        return true;
    }

    /** What {@code jcmd PID COMMAND} prints of the process ({@code Thread.print}: where a test that timed out waited). */
    String jcmd(String command) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), command).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor(20, TimeUnit.SECONDS);
            return out;
        } catch (IOException | InterruptedException e) {
            return "<jcmd " + command + " failed: " + e + ">";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            exited(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread pump(InputStream from, Output to) {
        return Thread.ofVirtual().start(() -> {
            try (from) {
                from.transferTo(to.stream);
            } catch (IOException e) {
                to.stream.print("\n<read failed: " + e + ">");
            }
        });
    }
}
