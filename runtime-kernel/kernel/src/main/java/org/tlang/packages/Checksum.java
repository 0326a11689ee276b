package org.tlang.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of a package's sources: its {@code t.toml} and every file below {@code src/}, in
 * the order of their paths (with {@code /}), each as its path and its bytes. The same on every
 * machine for the same files; a changed, added or removed file changes it.
 */
public final class Checksum {
    private Checksum() {}

    public static String of(Path root) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
        add(sha, "t.toml", root.resolve("t.toml"));
        Path src = root.resolve("src");
        if (Files.isDirectory(src)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(src)) {
                files = walk.filter(Files::isRegularFile).sorted((a, b) -> rel(root, a).compareTo(rel(root, b))).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (Path f : files) add(sha, rel(root, f), f);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static String rel(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static void add(MessageDigest sha, String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(bytes);
    }
}
