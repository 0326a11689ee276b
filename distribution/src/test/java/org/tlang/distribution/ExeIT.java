package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tlang build --exe}: one jar of a program, its packages and the runtime, which
 * {@code java -jar} runs with its arguments where neither the sources nor a distribution are.
 */
class ExeIT {
    static final Path FIXTURE = Path.of("src/test/resources/t/exe").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aPackageWithAPathDependencyRunsFromItsJarAlone() throws Exception {
        Path src = temp.resolve("src");
        copy(FIXTURE, src);
        Path jar = temp.resolve("out/app.jar");
        Path traced = Files.writeString(temp.resolve("traced.toml"), "[scheduler]\nimpl = \"virtual\"\n\n[tier]\nimpl = \"tiered\"\ntrace = true\n");
        CommandLineIT.Result built = CommandLineIT.tlang("build", "--exe", src.resolve("app").toString(), "-o", jar.toString(), "--profile", traced.toString());
        assertEquals(0, built.status(), built.err());
        assertTrue(built.err().contains("built " + jar + " ("), built.err());
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            java.util.List<String> aot = j.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.contains("/aot/jit/") && n.endsWith(".bin")).toList();
            assertEquals(2, aot.size(), "app's and its path dependency's modules compiled ahead of time: " + aot);
        }
        delete(src); // the jar carries what it runs
        for (int run = 0; run < 2; run++) { // the second run finds its program unpacked already
            CommandLineIT.Result r = exe(jar, "one", "two words");
            assertEquals(0, r.status(), r.err());
            assertEquals("HELLO! args [\"one\", \"two words\"]\n", r.out(), r.err());
            // on tiered, the functions compiled ahead of time are linked at load, not interpreted until hot
            assertTrue(r.err().contains("jit: linked app.main.main compiled ahead of time") && r.err().contains("jit: linked lib.words."), r.err());
        }
    }

    @Test
    void aFileRunsFromItsJarAndABadPathIsAnError() throws Exception {
        Path jar = temp.resolve("hello.jar");
        CommandLineIT.Result built = CommandLineIT.tlang("build", "--exe", CommandLineIT.ROOT.resolve("examples/hello.t").toString(), "-o", jar.toString());
        assertEquals(0, built.status(), built.err());
        CommandLineIT.Result r = exe(jar);
        assertEquals(0, r.status(), r.err());
        assertEquals("Hello from T!\n", r.out());
        CommandLineIT.Result missing = CommandLineIT.tlang("build", "--exe", temp.resolve("nothing").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("error: cannot build an executable of"), missing.err());
        assertTrue(!missing.err().contains("\tat "), "no Java trace: " + missing.err());
    }

    private CommandLineIT.Result exe(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CommandLineIT.JAVA, "-Djava.io.tmpdir=" + temp, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return CommandLineIT.exec(command);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
