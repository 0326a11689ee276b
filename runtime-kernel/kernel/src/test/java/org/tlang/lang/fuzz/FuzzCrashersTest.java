package org.tlang.lang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each program the fuzzer once crashed the front end with (src/test/resources/fuzz-crashers) now checks without throwing. */
class FuzzCrashersTest {
    @TestFactory
    Stream<DynamicTest> eachCrasherGetsDiagnostics() throws IOException {
        Path dir = Path.of("src/test/resources/fuzz-crashers");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".t")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no crashers in " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertEquals(null, FrontEndProbe.failure(Files.readString(f)))));
    }
}
