package org.tlang.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.tlang.lang.source.SourceFile;
import org.tlang.modules.ModuleNames;

/** The T files {@code tlang test PATH} and {@code tlang check PATH} take: PATH itself, or every {@code .t} file below it. */
final class SourceFiles {
    private SourceFiles() {}

    /** Why nothing can be read at {@code path}: an error to show as it is. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** @param path canonical */
    static List<Path> find(Path path, Path asGiven) throws Unreadable {
        if (Files.isRegularFile(path)) return List.of(path);
        if (!Files.isDirectory(path)) throw new Unreadable("cannot read " + asGiven + ": " + SourceFile.unreadable(path));
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(f -> f.toString().endsWith(".t") && Files.isRegularFile(f))
                    .filter(f -> !skipped(path.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unreadable("cannot read " + asGiven + ": " + e.getMessage());
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
