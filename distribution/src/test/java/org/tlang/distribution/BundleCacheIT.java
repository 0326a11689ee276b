package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved bundle cache as the launcher uses it (docs/runtime.md): the second run of a distribution
 * restores its bundles instead of installing them; a changed jar or a damaged saved cache is noticed
 * and saved anew, never used; two runtimes starting at once both run. Each test has a distribution of
 * its own (hard links to the built one's jars), so its cache is its own.
 */
class BundleCacheIT {
    private static final String HELLO = "Hello from T!\n";

    @TempDir
    Path temp;
    private Path home;

    record Run(int status, String out, String err) {
        boolean restored() {
            return err.contains("timing boot.restore ");
        }

        boolean saved() {
            return err.contains("timing boot.save ");
        }
    }

    @BeforeEach
    void linkDistribution() throws Exception {
        home = temp.resolve("tlang");
        for (String folder : List.of("platform", "bundles", "std")) {
            Files.createDirectories(home.resolve(folder));
            try (Stream<Path> jars = Files.list(RuntimeIT.HOME.resolve(folder))) {
                for (Path jar : jars.toList()) link(jar, home.resolve(folder).resolve(jar.getFileName()));
            }
        }
        for (String folder : List.of("profiles")) {
            Files.createDirectories(home.resolve(folder));
            try (Stream<Path> files = Files.list(RuntimeIT.HOME.resolve(folder))) {
                for (Path file : files.toList()) Files.copy(file, home.resolve(folder).resolve(file.getFileName()));
            }
        }
    }

    /** A hard link keeps the jar's size and time, as the saved cache's key sees them; a copy where links cannot be made. */
    private static void link(Path jar, Path to) throws Exception {
        try {
            Files.createLink(to, jar);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Files.copy(jar, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    @Test
    void theSecondRunRestoresTheBundlesTheFirstSaved() throws Exception {
        Run first = hello();
        assertTrue(first.saved() && !first.restored(), first.err());
        Run second = hello();
        assertTrue(second.restored() && !second.saved(), second.err());
        assertFalse(second.err().contains("timing boot.install "), second.err());
        assertEquals(1, savedCaches().size());
        Run otherProfile = hello("--profile", home.resolve("profiles/cpu-pool.toml").toString());
        assertTrue(otherProfile.restored(), "a profile picks among the same bundles: " + otherProfile.err());
    }

    @Test
    void aTruncatedFileInTheSavedCacheIsNoticedAndSavedAnew() throws Exception {
        hello();
        Path info;
        try (Stream<Path> files = Files.walk(savedCaches().getFirst())) {
            info = files.filter(f -> f.getFileName().toString().equals("bundle.info")).findFirst().orElseThrow();
        }
        Files.write(info, new byte[0]);
        Run damaged = hello();
        assertTrue(!damaged.restored() && damaged.saved(), damaged.err());
        assertTrue(hello().restored());
    }

    @Test
    void aChangedJarIsNoticedAndSavedAnew() throws Exception {
        hello();
        Path before = savedCaches().getFirst();
        Path jar = home.resolve("bundles/tlang-memory-general.jar");
        Files.copy(jar, temp.resolve("copy.jar"));
        Files.move(temp.resolve("copy.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Run changed = hello();
        assertTrue(!changed.restored() && changed.saved(), changed.err());
        assertEquals(1, savedCaches().size());
        assertFalse(Files.exists(before), "the saved cache of the old jars is removed");
        assertTrue(hello().restored());
    }

    @Test
    void twoRuntimesStartingAtOnceBothRunWithoutASavedCacheAndWithOne() throws Exception {
        for (int round = 0; round < 2; round++) {
            try (Launched a = launch(); Launched b = launch()) {
                for (Launched p : List.of(a, b)) {
                    if (!p.exited(60)) fail("did not exit within 60 s");
                    assertEquals(0, p.process.exitValue(), p.err.text());
                    assertEquals(HELLO, p.out.text());
                }
            }
            assertEquals(1, savedCaches().size());
        }
        assertTrue(hello().restored());
    }

    private List<Path> savedCaches() throws Exception {
        try (Stream<Path> children = Files.list(home.resolve("cache"))) {
            return children.filter(p -> p.getFileName().toString().startsWith("bundles-")).toList();
        }
    }

    private Launched launch(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(CommandLineIT.JAVA, "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dtlang.home=" + home, "-cp", RuntimeIT.HOME.resolve("lib") + "/*",
                "org.tlang.cli.Main", "run"));
        command.addAll(List.of(options));
        command.add("examples/hello.t");
        return new Launched(command, new File("/dev/null"), Map.of("TLANG_TIMING", "1"));
    }

    private Run hello(String... options) throws Exception {
        try (Launched p = launch(options)) {
            if (!p.exited(60)) fail("did not exit within 60 s");
            Run run = new Run(p.process.exitValue(), p.out.text(), p.err.text());
            assertEquals(0, run.status(), run.err());
            assertEquals(HELLO, run.out());
            return run;
        }
    }
}
