package org.tlang.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tlang.api.TlangException;

/**
 * The runtime a host finds without being told more: the distribution folder named by the
 * {@code tlang.home} system property or {@code $TLANG_HOME}, else the executable jar on the class path.
 *
 * @param home the distribution folder; null for the executable jar
 */
record Installation(Path home) {

    static Installation locate() {
        String home = System.getProperty("tlang.home");
        if (home == null || home.isBlank()) home = System.getenv("TLANG_HOME");
        if (home != null && !home.isBlank()) return new Installation(Path.of(home));
        if (Installation.class.getClassLoader().getResource("tlang/index.txt") != null) return new Installation(null);
        throw new TlangException("cannot find the runtime: set -Dtlang.home=DIR or TLANG_HOME to a distribution (distribution/target/tlang), or put tlang.jar on the class path");
    }

    BundleSet bundles() {
        return home == null ? BundleSet.classpath() : BundleSet.directory(home);
    }

    String defaultProfile() {
        try {
            if (home != null) return Files.readString(home.resolve("profiles/default.toml"), StandardCharsets.UTF_8);
            try (InputStream in = Installation.class.getClassLoader().getResourceAsStream("tlang/profiles/default.toml")) {
                if (in == null) throw new IOException("the executable jar has no tlang/profiles/default.toml");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new TlangException("cannot read the default profile: " + e.getMessage(), e);
        }
    }
}
