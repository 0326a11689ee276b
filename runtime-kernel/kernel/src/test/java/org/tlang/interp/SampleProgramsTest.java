package org.tlang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlang.testing.TRunner;

/**
 * Runs every {@code src/test/resources/t/NAME.t} as {@code src/NAME.t} of a package in a temp dir
 * with arguments {@code foo bar}, and compares stdout plus a final {@code exit N} line with
 * {@code NAME.out}, and stderr with {@code NAME.err} when present.
 */
class SampleProgramsTest {
    @TempDir
    Path dir;

    static Stream<String> samples() throws IOException {
        Path root = TRunner.resource("basics.t").getParent();
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".t") && Files.exists(root.resolve(n.replace(".t", ".out"))))
                    .map(n -> n.substring(0, n.length() - 2)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sample(String name) throws IOException {
        Path root = TRunner.resource("basics.t").getParent();
        Files.writeString(dir.resolve("t.toml"), "name = \"samples\"\nversion = \"0.1.0\"\n");
        Files.createDirectories(dir.resolve("src"));
        Path file = dir.resolve("src").resolve(name + ".t");
        Files.copy(root.resolve(name + ".t"), file);
        TRunner.Result r = TRunner.runFile(file, "foo", "bar");
        assertEquals(Files.readString(root.resolve(name + ".out")), r.out() + "exit " + r.exit() + "\n", () -> "stderr:\n" + r.err());
        Path err = root.resolve(name + ".err");
        if (Files.exists(err)) assertEquals(Files.readString(err), r.err());
    }
}
