package org.tlang.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;

/**
 * A jar a repository holds: a package's bundle as {@code tlang build} writes it (which package and
 * version it is: its {@code tlang.package} capability; its sources below {@code tlang/}), or a Java
 * bundle ({@code bundle}: its symbolic name and version).
 */
record PackageJar(String name, String version, boolean bundle) {
    static final String NAMESPACE = "tlang.package";
    static final String SOURCES = "tlang/";

    /** @throws IOException when {@code jar} is not readable or not a package bundle */
    static PackageJar read(Path jar) throws IOException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            manifest = file.getManifest();
        } catch (IOException e) {
            throw new IOException(jar.getFileName() + " is not a readable jar: " + e.getMessage(), e);
        }
        String header = manifest == null ? null : manifest.getMainAttributes().getValue("Provide-Capability");
        if (header != null) {
            for (Map.Entry<String, Attrs> clause : new Parameters(header).entrySet()) {
                if (!clause.getKey().replaceAll("~+$", "").equals(NAMESPACE)) continue;
                String name = clause.getValue().get(NAMESPACE);
                String semver = clause.getValue().get("semver");
                if (name != null && semver != null) return new PackageJar(name, semver, false);
            }
        }
        String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
        if (bsn != null && !bsn.isBlank()) {
            return new PackageJar(bsn.split(";")[0].trim(), version == null ? "0.0.0" : org.osgi.framework.Version.parseVersion(version.trim()).toString(), true);
        }
        throw new IOException(jar.getFileName() + " is neither a package (no " + NAMESPACE + " capability: make it with tlang build) nor an OSGi bundle");
    }

    /** Where a repository keeps it: {@code NAME/NAME-VERSION.jar}. */
    String path() {
        return name + "/" + name + "-" + version + ".jar";
    }

    /**
     * Unpacks the sources of {@code jar} into {@code folder} (replacing what is there), whole or
     * not at all: into a sibling first, moved into place at the end.
     */
    static void unpack(Path jar, Path folder) throws IOException {
        Path part = folder.resolveSibling(folder.getFileName() + ".part");
        Tree.delete(part);
        Files.createDirectories(part);
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(SOURCES)) continue;
                Path to = part.resolve(entry.getName().substring(SOURCES.length())).normalize();
                if (!to.startsWith(part)) throw new IOException(jar.getFileName() + " has an entry outside its package: " + entry.getName());
                Files.createDirectories(to.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, to);
                }
            }
        } catch (IOException e) {
            Tree.delete(part);
            throw e;
        }
        Tree.delete(folder);
        Files.move(part, folder, StandardCopyOption.ATOMIC_MOVE);
    }
}
