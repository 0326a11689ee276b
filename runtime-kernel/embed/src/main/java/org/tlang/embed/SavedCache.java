package org.tlang.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A copy of Felix's bundle cache with a bundle set installed, kept between runs so that a run of an
 * unchanged distribution restores its bundles instead of installing them again.
 *
 * <p>A saved cache is a folder {@code root/bundles-KEY}, KEY a checksum of the bundle set's jars
 * (name, size, modification time), so a changed jar names another folder. It is written under a
 * temporary name, sealed (a list of each file's size and CRC-32, written last) and renamed into
 * place, so a reader never sees half of one. It is never run in: Felix locks and writes its cache,
 * so each runtime restores a private copy, checking the seal as it copies; a file that does not match
 * throws the saved cache away and the runtime installs afresh (and saves again).
 */
final class SavedCache {
    private static final String FORMAT = "tlang-saved-cache 1";
    private static final String SEAL = "seal";
    private static final String PREFIX = "bundles-";
    private static final String TEMP_PREFIX = ".tmp-";
    /** A temporary folder this old was left by a runtime that died while writing or deleting it. */
    private static final long ABANDONED_MS = 10 * 60 * 1000;

    private final Path root;
    private final Path folder;

    private SavedCache(Path root, String key) {
        this.root = root;
        this.folder = root.resolve(PREFIX + key);
    }

    /** The saved cache of {@code jars} under {@code root}; null if a jar cannot be read (then nothing is saved). */
    static SavedCache of(Path root, List<BundleJar> jars) {
        StringBuilder fingerprint = new StringBuilder(FORMAT).append('\n')
                .append(org.apache.felix.framework.Felix.class.getPackage().getImplementationVersion()).append('\n');
        for (BundleJar jar : jars) {
            if (jar.file() == null) return null;
            try {
                fingerprint.append(jar.startLevel()).append(' ').append(jar.location()).append(' ')
                        .append(Files.size(jar.file())).append(' ').append(Files.getLastModifiedTime(jar.file()).toMillis()).append('\n');
            } catch (IOException e) {
                return null;
            }
        }
        CRC32 crc = new CRC32();
        byte[] bytes = fingerprint.toString().getBytes(StandardCharsets.UTF_8);
        crc.update(bytes);
        return new SavedCache(root, Long.toHexString(crc.getValue()) + Integer.toHexString(fingerprint.toString().hashCode()));
    }

    Path folder() {
        return folder;
    }

    /**
     * Copies the saved cache into the empty folder {@code storage}, checking each file against the
     * seal. Returns false (and leaves {@code storage} to be cleaned) when there is none or it does not
     * match, in which case it is deleted so that the next runtime saves a good one.
     */
    boolean restoreInto(Path storage) {
        List<String> seal;
        try {
            seal = Files.readAllLines(folder.resolve(SEAL), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (seal.size() < 2 || !seal.getFirst().equals(FORMAT) || !seal.getLast().equals("end " + (seal.size() - 2))) {
            discard();
            return false;
        }
        try {
            for (String line : seal.subList(1, seal.size() - 1)) {
                String[] parts = line.split(" ", 3);
                Path file = folder.resolve(parts[2]);
                byte[] content = Files.readAllBytes(file);
                if (content.length != Long.parseLong(parts[1]) || !Long.toHexString(crc(content)).equals(parts[0])) {
                    discard();
                    return false;
                }
                Path copy = storage.resolve(parts[2]);
                Files.createDirectories(copy.getParent());
                Files.write(copy, content);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            discard();
            return false;
        }
    }

    /**
     * Saves the framework cache {@code storage} (bundles installed, not yet started past the platform)
     * unless another runtime has saved it meanwhile; a failure leaves nothing behind but a temporary
     * folder that a later save removes.
     */
    void save(Path storage) {
        if (Files.exists(folder)) return;
        Path temp = root.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(root);
            removeAbandoned();
            List<String> seal = new ArrayList<>();
            seal.add(FORMAT);
            try (Stream<Path> files = Files.walk(storage)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = storage.relativize(file).toString().replace('\\', '/');
                    if (!kept(relative)) continue;
                    byte[] content = Files.readAllBytes(file);
                    Path copy = temp.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, content);
                    seal.add(Long.toHexString(crc(content)) + " " + content.length + " " + relative);
                }
            }
            seal.add("end " + (seal.size() - 1));
            Files.write(temp.resolve(SEAL), seal, StandardCharsets.UTF_8);
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
            removeOthers();
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            Tree.delete(temp);
        } catch (IOException | RuntimeException e) {
            // a saved cache is an optimisation: without one the next runtime installs again
            Tree.delete(temp);
        }
    }

    /**
     * Felix's own files of each bundle (its info, its revisions) are kept; the framework's lock, the
     * system bundle's folder and every bundle's data folder (which bundles write while they run) are not.
     */
    private static boolean kept(String relative) {
        if (!relative.startsWith("bundle") || relative.startsWith("bundle0/")) return false;
        int slash = relative.indexOf('/');
        return slash > 0 && !relative.startsWith("data/", slash + 1);
    }

    /** Moved aside first, so a runtime restoring it at the same moment fails its check instead of reading half a folder. */
    void discard() {
        Path aside = root.resolve(TEMP_PREFIX + "discarded-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
            Tree.delete(aside);
        } catch (IOException e) {
            // gone already, or another runtime is discarding it
        }
    }

    /** The saved caches of earlier bundle sets: a rebuilt distribution does not keep them. */
    private void removeOthers() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path other : children.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(folder)).toList()) {
                Path aside = root.resolve(TEMP_PREFIX + "old-" + System.nanoTime());
                try {
                    Files.move(other, aside, StandardCopyOption.ATOMIC_MOVE);
                    Tree.delete(aside);
                } catch (IOException e) {
                    // another runtime got there first
                }
            }
        }
    }

    private void removeAbandoned() throws IOException {
        long cutoff = System.currentTimeMillis() - ABANDONED_MS;
        try (Stream<Path> children = Files.list(root)) {
            for (Path temp : children.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                try {
                    FileTime modified = Files.getLastModifiedTime(temp);
                    if (modified.toMillis() < cutoff) Tree.delete(temp);
                } catch (IOException e) {
                    // removed meanwhile
                }
            }
        }
    }

    private static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }
}
