package org.tlang.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a module's code compiled ahead of time is found: by default in its package,
 * {@code aot/FORMAT/PATH.bin} for {@code src/PATH.t} (what {@code tlang build} puts into the
 * bundle jar beside the sources, and an install unpacks with them).
 */
@FunctionalInterface
public interface AheadOfTimeFiles {
    /** The file of {@code module} (from {@code file}) in {@code format}, or null when there is none. */
    byte[] read(String format, String module, Path file);

    /** Nothing is compiled ahead of time. */
    AheadOfTimeFiles NONE = (format, module, file) -> null;

    /** The module's package's {@code aot/} folder. */
    AheadOfTimeFiles IN_PACKAGE = (format, module, file) -> {
        Path at = inPackage(format, file);
        if (at == null || !Files.isRegularFile(at)) return null;
        try {
            return Files.readAllBytes(at);
        } catch (IOException e) {
            return null;
        }
    };

    /** {@code ROOT/aot/FORMAT/geo/point.bin} for {@code ROOT/src/geo/point.t}; null outside a package's {@code src/}. */
    static Path inPackage(String format, Path file) {
        Path root = ModuleNames.packageRoot(file);
        if (root == null || !file.startsWith(root.resolve("src")) || !file.toString().endsWith(".t")) return null;
        return root.resolve(path(format, root.resolve("src").relativize(file)));
    }

    /** {@code aot/FORMAT/geo/point.bin}, in its package, of the module whose source is {@code src/geo/point.t} ({@code source} below {@code src/}). */
    public static String path(String format, Path source) {
        String relative = source.toString().replace(java.io.File.separatorChar, '/');
        return "aot/" + format + "/" + relative.substring(0, relative.length() - ".t".length()) + ".bin";
    }
}
