package org.tlang.embed.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.tlang.embed.Tlang;

/**
 * The one runtime of this JVM's script engines, started at the first script: a JSR 223 host
 * has no way to hand an engine a runtime of its own, and a runtime per engine would boot a framework
 * for each. Stopped, and the scripts' folder removed, when the JVM exits.
 */
final class SharedRuntime {
    private static Tlang tlang;
    private static Path scripts;

    private SharedRuntime() {}

    static synchronized Tlang get() {
        if (tlang == null) {
            tlang = startAsDaemon();
            try {
                scripts = Files.createTempDirectory("tlang-scripts");
            } catch (IOException e) {
                tlang.close();
                tlang = null;
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedRuntime::stop, "tlang-scripts-stop"));
        }
        return tlang;
    }

    /**
     * Boots on a daemon thread, so the framework's own threads (which inherit it) are daemons too:
     * a JSR 223 host never closes its engines, and its JVM must still end when its main does.
     */
    private static Tlang startAsDaemon() {
        Tlang[] started = new Tlang[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread boot = Thread.ofPlatform().daemon().name("tlang-scripts-boot").start(() -> {
            try {
                started[0] = Tlang.start();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        try {
            boot.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the runtime started", e);
        }
        if (failed[0] != null) throw failed[0];
        return started[0];
    }

    /** A new empty folder for one engine's scripts. */
    static synchronized Path newFolder() throws IOException {
        get();
        return Files.createTempDirectory(scripts, "engine");
    }

    private static synchronized void stop() {
        if (tlang != null) tlang.close();
        try (Stream<Path> all = Files.walk(scripts)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system cleans it up in the end
        }
    }
}
