package org.tlang.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Package folders on disk for tests. */
final class Packages {
    private Packages() {}

    static Path write(Path dir, String rel, String text) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A package {@code name} at {@code dir/folder} with the given [dependencies] lines. */
    static Path pkg(Path dir, String folder, String name, String version, String... deps) {
        StringBuilder toml = new StringBuilder("name = \"" + name + "\"\nversion = \"" + version + "\"\n\n[dependencies]\n");
        for (String d : deps) toml.append(d).append('\n');
        write(dir, folder + "/t.toml", toml.toString());
        return dir.resolve(folder);
    }
}
