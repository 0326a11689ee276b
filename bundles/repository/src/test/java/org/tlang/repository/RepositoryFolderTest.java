package org.tlang.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing, the checks before install, and a folder repository with its bnd index, on real jars and real keys (keytool). */
class RepositoryFolderTest {
    static final char[] PASSWORD = "secret-1".toCharArray();

    @TempDir
    static Path keys;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeKeys() throws IOException {
        PublisherKeys.create("alice", keys, PASSWORD);
        PublisherKeys.create("bob", keys, PASSWORD);
    }

    /** A package jar as tlang build writes one (only what these classes read). */
    private Path packageJar(String name, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "tlang.package." + name);
        manifest.getMainAttributes().putValue("Bundle-Version", version);
        manifest.getMainAttributes().putValue("Provide-Capability",
                "tlang.package;tlang.package=" + name + ";version:Version=\"" + version + "\";semver=\"" + version + "\"");
        Path jar = temp.resolve(name + "-" + version + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            entry(out, "tlang/t.toml", "name = \"" + name + "\"\nversion = \"" + version + "\"\n");
            entry(out, "tlang/src/" + name + "/distance.t", "pub fn which() -> Str { \"" + version + "\" }\n");
        }
        return jar;
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private Path signed(Path jar, String publisher) throws IOException {
        Path to = temp.resolve("signed").resolve(jar.getFileName());
        Files.createDirectories(to.getParent());
        JarSigning.sign(jar, to, PublisherKeys.read(keys.resolve(publisher + ".p12"), PASSWORD));
        return to;
    }

    private Path trusting(String... publishers) throws IOException {
        Path trust = Files.createDirectories(temp.resolve("trust"));
        for (String p : publishers) Files.copy(keys.resolve(p + ".crt"), trust.resolve(p + ".crt"));
        return trust;
    }

    @Test
    void aSignedJarVerifiesAgainstItsPublishersCertificateOnly() throws IOException {
        Path jar = signed(packageJar("geo", "1.2.0"), "alice");
        assertEquals("alice", SignedJars.verify(jar, trusting("alice")));
        IOException refused = assertThrows(IOException.class, () -> SignedJars.verify(signed(packageJar("geo", "1.3.0"), "bob"), temp.resolve("trust")));
        assertTrue(refused.getMessage().startsWith("geo-1.3.0.jar is signed by bob, whom this runtime does not trust"), refused.getMessage());
    }

    @Test
    void unsignedChangedAndShortenedJarsAreRefusedByName() throws IOException {
        IOException unsigned = assertThrows(IOException.class, () -> SignedJars.requireSigned(packageJar("geo", "1.0.0")));
        assertTrue(unsigned.getMessage().startsWith("geo-1.0.0.jar is not signed"), unsigned.getMessage());

        Path changed = signed(packageJar("geo", "1.1.0"), "alice");
        copyWith(changed, "tlang/src/geo/distance.t", "pub fn which() -> Str { \"evil\" }\n");
        IOException tampered = assertThrows(IOException.class, () -> SignedJars.requireSigned(changed));
        assertEquals("geo-1.1.0.jar was changed after it was signed: tlang/src/geo/distance.t", tampered.getMessage());

        Path shortened = signed(packageJar("geo", "1.4.0"), "alice");
        copyWith(shortened, "tlang/src/geo/distance.t", null);
        IOException missing = assertThrows(IOException.class, () -> SignedJars.requireSigned(shortened));
        assertEquals("geo-1.4.0.jar was changed after it was signed: tlang/src/geo/distance.t is missing", missing.getMessage());

        Path truncated = signed(packageJar("geo", "1.5.0"), "alice");
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IOException cut = assertThrows(IOException.class, () -> SignedJars.requireSigned(truncated));
        assertTrue(cut.getMessage().startsWith("geo-1.5.0.jar is not a readable jar"), cut.getMessage());
    }

    @Test
    void aFolderKeepsEachVersionOnceAndItsIndexPicksTheHighestInRange() throws Exception {
        RepositoryFolder folder = new RepositoryFolder(temp.resolve("repo"));
        for (String v : new String[] {"1.2.0", "1.10.0", "2.0.0"}) folder.add(signed(packageJar("geo", v), "alice"));
        IOException again = assertThrows(RepositoryFolder.VersionExists.class, () -> folder.add(signed(packageJar("geo", "1.2.0"), "bob")));
        assertTrue(again.getMessage().startsWith("geo 1.2.0 is in "), again.getMessage());
        assertThrows(IOException.class, () -> folder.add(packageJar("plain", "0.1.0")), "unsigned: not added");
        assertFalse(Files.exists(folder.dir().resolve("plain")));

        RepositoryIndex index;
        try (InputStream in = Files.newInputStream(folder.dir().resolve(RepositoryFolder.INDEX))) {
            index = RepositoryIndex.parse(in, folder.dir().toUri(), "repo");
        }
        assertEquals(java.util.List.of("1.2.0", "1.10.0", "2.0.0"), index.versions("geo"));
        RepositoryIndex.Entry best = index.best("(&(tlang.package=geo)(version>=1.0.0)(!(version>=2.0.0)))");
        assertEquals("1.10.0", best.semver(), "versions compare as versions, not as text");
        assertEquals(Repositories.sha256(folder.dir().resolve("geo/geo-1.10.0.jar")), best.sha256());
        assertEquals(folder.dir().resolve("geo/geo-1.10.0.jar").toUri(), best.url());
        assertEquals(null, index.best("(&(tlang.package=geo)(version>=3.0.0))"));

        Path unpacked = temp.resolve("packages/geo-1.10.0");
        PackageJar.unpack(Path.of(best.url()), unpacked);
        assertEquals("pub fn which() -> Str { \"1.10.0\" }\n", Files.readString(unpacked.resolve("src/geo/distance.t")));
        assertTrue(Files.isRegularFile(unpacked.resolve("t.toml")));
    }

    @Test
    void keysAreNamedOnceAndOpenOnlyWithTheirPassword() {
        IOException twice = assertThrows(IOException.class, () -> PublisherKeys.create("alice", keys, PASSWORD));
        assertTrue(twice.getMessage().contains("a key alice is in"), twice.getMessage());
        IOException wrong = assertThrows(IOException.class, () -> PublisherKeys.read(keys.resolve("alice.p12"), "nope-nope".toCharArray()));
        assertTrue(wrong.getMessage().endsWith("wrong password"), wrong.getMessage());
        assertThrows(IOException.class, () -> PublisherKeys.create("Not A Name", keys, PASSWORD));
    }

    /** Rewrites {@code jar} with {@code entry} replaced by {@code text}, or left out when it is null; the signature files stay. */
    private static void copyWith(Path jar, String entry, String text) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".new");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                if (e.getName().equals(entry)) {
                    if (text != null) entry(out, entry, text);
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
