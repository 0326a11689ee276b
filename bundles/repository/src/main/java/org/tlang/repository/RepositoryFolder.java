package org.tlang.repository;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import aQute.bnd.osgi.repository.SimpleIndexer;

/**
 * A repository on disk: {@code NAME/NAME-VERSION.jar} for each published version and
 * {@code index.xml}, the OSGi R5 index of them all that bnd writes. Adding is serialised by a
 * lock file, so two publishers (or a publisher and a server) never interleave, and the index is
 * replaced whole.
 */
final class RepositoryFolder {
    static final String INDEX = "index.xml";
    private static final Object IN_THIS_PROCESS = new Object();
    private final Path dir;

    RepositoryFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** Publishing a version again: refused, the repository unchanged. */
    static final class VersionExists extends IOException {
        VersionExists(String message) {
            super(message);
        }
    }

    /**
     * Adds the signed package jar {@code jar} and re-indexes.
     *
     * @return where it now is
     * @throws VersionExists when that version is there already
     */
    Path add(Path jar) throws IOException {
        PackageJar pkg = PackageJar.read(jar);
        SignedJars.requireSigned(jar);
        Path target = dir.resolve(pkg.path());
        synchronized (IN_THIS_PROCESS) {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.exists(target)) {
                    throw new VersionExists(pkg.name() + " " + pkg.version() + " is in " + dir + " already: a published version never changes; publish a new version");
                }
                Files.createDirectories(target.getParent());
                Path part = target.resolveSibling(target.getFileName() + ".part");
                Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                reindex();
            }
        }
        return target;
    }

    /** Writes {@code index.xml} of every jar here, with URLs relative to this folder. */
    void reindex() throws IOException {
        List<java.io.File> jars;
        try (Stream<Path> files = Files.walk(dir, 2)) {
            jars = files.filter(f -> f.toString().endsWith(".jar") && Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."))
                    .sorted().map(Path::toFile).toList();
        }
        Path part = dir.resolve(INDEX + ".part");
        new SimpleIndexer().files(jars).base(dir.toUri()).name("tlang packages").index(part.toFile());
        Files.move(part, dir.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
