package org.tlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * The start of an executable jar that {@code tlang build --exe} made: its program is copied out
 * of the jar once, into a folder of the temporary folder named by a checksum of the jar's
 * program, and run with the command line's arguments, as {@code tlang run} would run it.
 */
final class Exe {
    private Exe() {}

    /** The arguments of {@code tlang run} for this jar's program and {@code args}; {@code args} as they are when this is no such jar. */
    static String[] arguments(String[] args) {
        if (System.getProperty("tlang.home") != null) return args; // a distribution's launcher: no jar of one program (and no class path scan)
        ClassLoader loader = Exe.class.getClassLoader();
        if (loader.getResource(ExeJar.PROPERTIES) == null) return args;
        try {
            Properties p = new Properties();
            byte[] text;
            try (InputStream in = loader.getResourceAsStream(ExeJar.PROPERTIES)) {
                text = in.readAllBytes();
            }
            p.load(new java.io.ByteArrayInputStream(text));
            Path app = unpacked(loader, text);
            if (p.getProperty("packages") != null) System.setProperty("tlang.packages", app.resolve(p.getProperty("packages")).toString());
            List<String> run = new ArrayList<>(List.of("run"));
            if (Files.isRegularFile(app.resolve(ExeJar.PROFILE))) run.addAll(List.of("--profile", app.resolve(ExeJar.PROFILE).toString()));
            for (int i = 0; p.getProperty("allow." + i) != null; i++) run.add(p.getProperty("allow." + i));
            run.add(app.resolve(p.getProperty("entry")).normalize().toString());
            run.addAll(List.of(args));
            return run.toArray(String[]::new);
        } catch (IOException e) {
            System.err.println("error: cannot unpack this jar's program: " + e.getMessage());
            Runtime.getRuntime().halt(ExitStatus.FAILED);
            return args;
        }
    }

    /** The program's folder, unpacked now unless an earlier run of the same jar did. */
    private static Path unpacked(ClassLoader loader, byte[] properties) throws IOException {
        Path jar;
        try {
            jar = Path.of(Exe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        CRC32 crc = new CRC32();
        crc.update(properties);
        crc.update(Long.toString(Files.size(jar)).getBytes());
        crc.update(Long.toString(Files.getLastModifiedTime(jar).toMillis()).getBytes());
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tlang-exe-" + Long.toHexString(crc.getValue()));
        if (Files.isRegularFile(dir.resolve(".complete"))) return dir;
        Path partial = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".");
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile())) {
            for (java.util.jar.JarEntry e : java.util.Collections.list(in.entries())) {
                if (e.isDirectory() || !e.getName().startsWith(ExeJar.APP)) continue;
                Path to = partial.resolve(e.getName().substring(ExeJar.APP.length())).normalize();
                if (!to.startsWith(partial)) throw new IOException("an entry outside the program: " + e.getName());
                Files.createDirectories(to.getParent());
                try (InputStream s = in.getInputStream(e)) {
                    Files.copy(s, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(partial.resolve(".complete"), "");
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another run of the same jar unpacked it first: use theirs
            if (!Files.isRegularFile(dir.resolve(".complete"))) throw e;
        }
        return dir;
    }
}
