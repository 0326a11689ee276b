package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C embedding API as a C host uses it: libtlang.so built with gcc from the distribution's
 * {@code c/} against this JDK's libjvm, and a host that calls T with each value kind (src/test/resources/c/host.c).
 */
class EmbedCIT {
    static final Path HOME = Path.of(System.getProperty("tlang.home"));
    static final Path ROOT = Path.of(System.getProperty("tlang.root"));
    static final Path JDK = Path.of(System.getProperty("java.home"));

    @TempDir
    Path temp;

    record Ran(int status, String output) {}

    static Ran run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + out);
        }
        return new Ran(p.exitValue(), out);
    }

    static boolean hasGcc() {
        try {
            return run(Path.of("."), Map.of(), "gcc", "--version").status() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Path libtlang(Path into) throws Exception {
        Path lib = into.resolve("libtlang.so");
        String server = JDK.resolve("lib/server").toString();
        Ran built = run(into, Map.of(), "gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-O2", "-fPIC", "-shared",
                "-I" + HOME.resolve("c"), "-I" + JDK.resolve("include"), "-I" + JDK.resolve("include/linux"),
                "-o", lib.toString(), HOME.resolve("c/tlang.c").toString(), "-L" + server, "-ljvm", "-Wl,-rpath," + server, "-lpthread");
        assertEquals(0, built.status(), built.output());
        return lib;
    }

    @Test
    void aCHostCallsTWithEveryValueKindAndGetsAPanicBackAsAnError() throws Exception {
        assumeTrue(hasGcc(), "gcc is not installed");
        libtlang(temp);
        Path host = temp.resolve("host");
        Ran built = run(temp, Map.of(), "gcc", "-std=c11", "-Wall", "-Werror", "-O2", "-I" + HOME.resolve("c"), "-o", host.toString(),
                Path.of("src/test/resources/c/host.c").toAbsolutePath().toString(), "-L" + temp, "-ltlang", "-Wl,-rpath," + temp, "-lpthread");
        assertEquals(0, built.status(), built.output());
        Ran ran = run(temp, Map.of(), host.toString(), HOME.toString(), Path.of("src/test/resources/t/embed").toAbsolutePath().toString());
        assertEquals(new Ran(0, "printed by T\nall checks passed\n"), ran);
    }

    @Test
    void theCExampleBuildsWithItsMakefileAndRuns() throws Exception {
        assumeTrue(hasGcc(), "gcc is not installed");
        Path example = temp.resolve("embed-c");
        Files.createDirectories(example.resolve("t"));
        for (String f : List.of("Makefile", "main.c", "t/shapes.t")) Files.copy(ROOT.resolve("examples/embed-c").resolve(f), example.resolve(f));
        Ran ran = run(example, Map.of(), "make", "-s", "run", "TLANG_HOME=" + HOME, "JAVA_HOME=" + JDK);
        assertEquals(0, ran.status(), ran.output());
        assertEquals("""
                distance = 5
                ada has 3 letters
                grace has 5 letters
                error: panic: cannot divide 7 by zero
                    at shapes.checked_div (t/shapes.t:16:17)
                """, ran.output());
    }
}
