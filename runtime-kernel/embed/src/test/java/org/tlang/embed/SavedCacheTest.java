package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedCacheTest {
    @TempDir
    Path temp;

    private List<BundleJar> jars() throws Exception {
        Path jar = temp.resolve("a.jar");
        if (!Files.exists(jar)) Files.writeString(jar, "jar");
        return List.of(new BundleJar("a.jar", "reference:" + jar.toUri(), 2, false, jar, null));
    }

    /** What Felix leaves in its cache folder: a lock, the system bundle's folder, each bundle's info, revision and data. */
    private Path storage() throws Exception {
        Path storage = Files.createDirectories(temp.resolve("storage"));
        Files.writeString(storage.resolve("cache.lock"), "");
        Files.createDirectories(storage.resolve("bundle0"));
        Files.writeString(storage.resolve("bundle0/system"), "x");
        Files.createDirectories(storage.resolve("bundle1/version0.0"));
        Files.createDirectories(storage.resolve("bundle1/data"));
        Files.writeString(storage.resolve("bundle1/bundle.info"), "1\nreference:file:a.jar\n2\n2\n0\n0\n");
        Files.writeString(storage.resolve("bundle1/version0.0/revision.location"), "reference:file:a.jar");
        Files.writeString(storage.resolve("bundle1/data/config"), "written while running");
        return storage;
    }

    @Test
    void restoresWhatWasSavedButNotTheLockOrData() throws Exception {
        SavedCache saved = SavedCache.of(temp.resolve("cache"), jars());
        saved.save(storage());
        Path copy = Files.createDirectories(temp.resolve("copy"));
        assertTrue(saved.restoreInto(copy));
        assertEquals("1\nreference:file:a.jar\n2\n2\n0\n0\n", Files.readString(copy.resolve("bundle1/bundle.info")));
        assertEquals("reference:file:a.jar", Files.readString(copy.resolve("bundle1/version0.0/revision.location")));
        assertFalse(Files.exists(copy.resolve("cache.lock")));
        assertFalse(Files.exists(copy.resolve("bundle0")));
        assertFalse(Files.exists(copy.resolve("bundle1/data")));
    }

    @Test
    void aTruncatedFileIsNeverRestoredAndTheSavedCacheIsDropped() throws Exception {
        SavedCache saved = SavedCache.of(temp.resolve("cache"), jars());
        saved.save(storage());
        Files.write(saved.folder().resolve("bundle1/bundle.info"), new byte[3]);
        assertFalse(saved.restoreInto(Files.createDirectories(temp.resolve("copy"))));
        assertFalse(Files.exists(saved.folder()));
    }

    @Test
    void aTruncatedSealIsNeverRestored() throws Exception {
        SavedCache saved = SavedCache.of(temp.resolve("cache"), jars());
        saved.save(storage());
        Path seal = saved.folder().resolve("seal");
        List<String> lines = Files.readAllLines(seal);
        Files.write(seal, lines.subList(0, lines.size() - 1));
        assertFalse(saved.restoreInto(Files.createDirectories(temp.resolve("copy"))));
    }

    @Test
    void aChangedJarNamesAnotherSavedCacheAndSavingItDropsTheOld() throws Exception {
        SavedCache before = SavedCache.of(temp.resolve("cache"), jars());
        before.save(storage());
        Files.setLastModifiedTime(temp.resolve("a.jar"), FileTime.fromMillis(Files.getLastModifiedTime(temp.resolve("a.jar")).toMillis() - 5000));
        SavedCache after = SavedCache.of(temp.resolve("cache"), jars());
        assertNotEquals(before.folder(), after.folder());
        assertFalse(after.restoreInto(Files.createDirectories(temp.resolve("copy"))));
        after.save(temp.resolve("storage"));
        assertTrue(Files.exists(after.folder()));
        assertFalse(Files.exists(before.folder()));
    }
}
