package org.tlang.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.tlang.modules.ModuleNames;
import java.util.List;
import java.util.stream.Stream;

/** The T files {@code tlang test PATH} loads: PATH itself, or every {@code .t} file below it. */
final class TestSources {
    private TestSources() {}

    static List<Path> find(Path path) throws IOException {
        Path root = ModuleNames.canonical(path);
        if (Files.isRegularFile(root)) return List.of(root);
        if (!Files.isDirectory(root)) throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".t") && Files.isRegularFile(f))
                    .filter(f -> !skipped(root.relativize(f)))
                    .sorted()
                    .toList();
        }
    }

    /** Build output and hidden folders hold no sources. */
    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".")) return true;
        }
        return false;
    }
}
