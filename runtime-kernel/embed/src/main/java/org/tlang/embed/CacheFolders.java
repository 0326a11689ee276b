package org.tlang.embed;

import org.tlang.api.TlangException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The framework cache folders of running runtimes: {@code TMP/tlang-felix-PID-RANDOM}, each deleted
 * when its runtime closes. A runtime that was killed cannot delete its own, so each boot sweeps, on
 * a thread of its own, the folders of processes that no longer run.
 */
final class CacheFolders {
    private static final String PREFIX = "tlang-felix-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-\\d+");

    private CacheFolders() {}

    static Path create() {
        try {
            return Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new TlangException("cannot create the framework cache folder: " + e.getMessage(), e);
        }
    }

    /** Deletes, in the background, the cache folders of processes that no longer run. */
    static void sweepInBackground() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        Thread.ofPlatform().name("tlang-cache-sweep").daemon(true).priority(Thread.MIN_PRIORITY).start(() -> sweep(folder));
    }

    static void sweep(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                Matcher m = NAME.matcher(entry.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1)))) Tree.delete(entry);
            }
        } catch (IOException | RuntimeException e) {
            // a sweep is a courtesy: the next boot tries again
        }
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
