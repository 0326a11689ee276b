package org.tlang.packages;

import java.nio.file.Path;

/**
 * A package a program uses, found.
 *
 * @param source   where it was found, as {@code tlang.lock} says it: {@code path+../geo}, {@code packages}, or {@code root}
 * @param checksum {@link Checksum#of} its folder (null for the root package, which is not locked)
 */
public record Package(Manifest manifest, String source, String checksum) {
    public String name() {
        return manifest.name();
    }

    public Semver version() {
        return manifest.version();
    }

    public Path root() {
        return manifest.root();
    }

    public Path src() {
        return manifest.root().resolve("src");
    }
}
