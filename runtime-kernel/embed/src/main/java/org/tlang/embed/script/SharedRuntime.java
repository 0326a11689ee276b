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
            tlang = Tlang.start();
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
