package org.tlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tlang.embed.BundleSet;
import org.tlang.api.TlangException;
import picocli.CommandLine.IVersionProvider;

/**
 * Where this launcher's runtime lives: a distribution folder named by the {@code tlang.home}
 * system property (what the {@code tlang} script sets), or the executable jar it runs from.
 */
record Distribution(Path home) {

    static Distribution locate() {
        String home = System.getProperty("tlang.home");
        if (home != null) return new Distribution(Path.of(home));
        if (Distribution.class.getClassLoader().getResource("tlang/index.txt") != null) return new Distribution(null);
        throw new TlangException("cannot find the runtime: set -Dtlang.home=DIR or run the executable jar");
    }

    BundleSet bundles() {
        return home == null ? BundleSet.classpath() : BundleSet.directory(home);
    }

    String defaultProfile() throws IOException {
        if (home != null) return Files.readString(home.resolve("profiles/default.toml"), StandardCharsets.UTF_8);
        try (InputStream in = Distribution.class.getClassLoader().getResourceAsStream("tlang/profiles/default.toml")) {
            if (in == null) throw new IOException("the executable jar has no tlang/profiles/default.toml");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {LightCommands.versionLine()};
        }
    }

}
