package org.tlang.packages;

import java.nio.file.Path;
import java.util.List;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;

/**
 * A package's {@code t.toml}, read and valid.
 *
 * @param root        the folder holding it (its modules are below {@code root/src})
 * @param description its {@code description}, or null
 */
public record Manifest(Path root, String name, Semver version, String description, List<Dependency> dependencies, Capabilities capabilities,
                       TomlLines lines, String display) {
    public Manifest {
        dependencies = List.copyOf(dependencies);
    }

    public Path file() {
        return root.resolve("t.toml");
    }

    /** An error about {@code key} of this file, placed where the key is written. */
    public Diagnostic error(String key, String message) {
        TomlLines.Place at = lines.key(key);
        return new Diagnostic(Severity.ERROR, display, at.line(), at.column(), message, at.text());
    }

    public Dependency dependency(String name) {
        for (Dependency d : dependencies) if (d.name().equals(name)) return d;
        return null;
    }
}
