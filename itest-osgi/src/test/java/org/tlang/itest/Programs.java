package org.tlang.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;
import org.tlang.api.TlangRuntime;

/** T programs the suites run: written to the work folder, run to the end, their output returned. */
final class Programs {
    static final Path WORK = Path.of(System.getProperty("tlang.itest.work", "target/work"));

    private Programs() {}

    static Path write(String name, String source) throws IOException {
        Files.createDirectories(WORK);
        return Files.writeString(WORK.resolve(name), source);
    }

    /** Runs {@code source} and returns what it printed; fails with its errors if it did not complete. */
    static String output(TlangRuntime runtime, String name, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult result = runtime.run(new RunRequest(write(name, source), List.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
        if (result.status() != RunResult.Status.COMPLETED) {
            throw new AssertionError(name + ": " + result.status() + " " + result.diagnostics() + " " + result.panic() + " "
                    + result.error() + "\n" + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
