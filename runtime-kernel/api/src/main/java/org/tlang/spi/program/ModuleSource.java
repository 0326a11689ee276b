package org.tlang.spi.program;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a new version of a loaded module comes from: its file as it is now, a text that replaces
 * what the file holds, or an earlier version (a rollback recompiles what that version was compiled from).
 */
public sealed interface ModuleSource {

    /** The file of a loaded module. */
    Path file();

    static ModuleSource file(Path file) {
        return new File(file);
    }

    static ModuleSource text(Path file, String text) {
        return new Text(file, text);
    }

    static ModuleSource version(ModuleVersion version) {
        return new Earlier(version);
    }

    record File(Path file) implements ModuleSource {
        public File {
            Objects.requireNonNull(file, "file");
        }
    }

    record Text(Path file, String text) implements ModuleSource {
        public Text {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    record Earlier(ModuleVersion version) implements ModuleSource {
        @Override
        public Path file() {
            return version.file();
        }
    }
}
