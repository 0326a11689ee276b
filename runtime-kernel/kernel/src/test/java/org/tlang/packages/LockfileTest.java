package org.tlang.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockfileTest {
    @TempDir
    Path dir;

    private static final Lockfile.Entry GEO = new Lockfile.Entry("geo", Semver.parse("1.2.0"), "path+../geo", "sha256:00ff");
    private static final Lockfile.Entry MAPS = new Lockfile.Entry("maps", Semver.parse("2.0.0-rc.1"), "packages", "sha256:abcd");

    @Test
    void writesInOrderOfNameAndReadsBack() throws Exception {
        Lockfile lock = new Lockfile(List.of(MAPS, GEO));
        lock.write(dir);
        String text = Files.readString(dir.resolve("tlang.lock"));
        assertTrue(text.indexOf("name = \"geo\"") < text.indexOf("name = \"maps\""), text);
        assertEquals(lock, Lockfile.read(dir));
        assertEquals(text, new Lockfile(List.of(GEO, MAPS)).text(), "the same packages give the same bytes");
        assertEquals(GEO, Lockfile.read(dir).entry("geo"));
    }

    @Test
    void noLockIsNull() throws Exception {
        assertNull(Lockfile.read(dir));
    }

    @Test
    void aDamagedLockIsAnErrorNamingIt() throws IOException {
        Files.writeString(dir.resolve("tlang.lock"), "version = 1\n[[package]]\nname = \"geo\"\n");
        PackageException e = assertThrows(PackageException.class, () -> Lockfile.read(dir));
        assertEquals("tlang.lock", e.diagnostics().getFirst().file());
        assertTrue(e.diagnostics().getFirst().message().contains("needs name, version, source and checksum"));
        Files.writeString(dir.resolve("tlang.lock"), "version = 1\n[[package]\n");
        // Jackson places it where it notices: the end of the broken header's line
        int line = assertThrows(PackageException.class, () -> Lockfile.read(dir)).diagnostics().getFirst().line();
        assertTrue(line == 2 || line == 3, "line " + line);
    }

    @Test
    void checksumsFollowTheSources() throws IOException {
        Files.writeString(dir.resolve("t.toml"), "name = \"geo\"\nversion = \"1.0.0\"\n");
        Files.createDirectories(dir.resolve("src/geo"));
        Files.writeString(dir.resolve("src/geo/a.t"), "pub fn a() -> Int { 1 }\n");
        String first = Checksum.of(dir);
        assertTrue(first.matches("sha256:[0-9a-f]{64}"), first);
        assertEquals(first, Checksum.of(dir));
        Files.writeString(dir.resolve("src/geo/a.t"), "pub fn a() -> Int { 2 }\n");
        String changed = Checksum.of(dir);
        assertTrue(!changed.equals(first));
        Files.writeString(dir.resolve("src/geo/b.t"), "");
        assertTrue(!Checksum.of(dir).equals(changed), "an added file changes it");
        Files.writeString(dir.resolve("notes.txt"), "outside src: not part of the package's sources");
        Files.delete(dir.resolve("src/geo/b.t"));
        assertEquals(changed, Checksum.of(dir));
    }
}
