package org.tlang.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The publisher's side of the user's own folder of the runtime, {@code ~/.tlang}: {@code keys/}
 * (publisher key stores) and their passwords. (The runtime keeps {@code packages/}, the
 * repository bundle {@code trust/}.)
 */
final class TlangHome {
    static final String KEY_PASSWORD = "TLANG_KEY_PASSWORD";

    private TlangHome() {}

    static Path root() {
        return Path.of(System.getProperty("user.home"), ".tlang");
    }

    static Path keys() {
        return root().resolve("keys");
    }

    /**
     * The key store {@code key} names: a {@code .p12} file, a key's name in {@link #keys}, or with
     * no name the only key there is.
     */
    static Path keyStore(String key) throws IOException {
        if (key != null && key.endsWith(".p12")) return Path.of(key);
        if (key != null) return keys().resolve(key + ".p12");
        List<Path> stores = new ArrayList<>();
        if (Files.isDirectory(keys())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(keys(), "*.p12")) {
                files.forEach(stores::add);
            }
        }
        if (stores.size() == 1) return stores.getFirst();
        throw new IOException(stores.isEmpty() ? "no publisher key in " + keys() + ": make one with tlang keys new NAME"
                : "several publisher keys in " + keys() + ": name one with --key NAME");
    }

    /** {@code $TLANG_KEY_PASSWORD}, or asked on the terminal ({@code twice} for a new key). */
    static char[] password(String what, boolean twice) throws IOException {
        String env = System.getenv(KEY_PASSWORD);
        if (env != null && !env.isEmpty()) return env.toCharArray();
        Console console = System.console();
        if (console == null) throw new IOException("no terminal to ask for the password of " + what + ": set " + KEY_PASSWORD);
        char[] password = console.readPassword("password for %s: ", what);
        if (password == null) throw new IOException("no password given");
        if (twice && !java.util.Arrays.equals(password, console.readPassword("again: "))) throw new IOException("the two passwords differ");
        return password;
    }
}
