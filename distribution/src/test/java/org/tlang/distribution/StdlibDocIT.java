package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlang.api.RunRequest;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * Runs every example of {@code docs/stdlib.md} in the real runtime with every std bundle installed,
 * on every tier (the runtime swaps its tier between them), so the library's guide cannot drift from
 * the bundles and the tiers agree. A {@code ```t} block is a whole program; the {@code ```output}
 * block after it is its exact stdout (it must exit 0 with nothing on stderr). {@code ```t-fragment}
 * and other blocks are not run.
 */
class StdlibDocIT {
    static final Path DOC = RuntimeIT.ROOT.resolve("docs/stdlib.md");
    static Tlang tlang;

    record Example(int line, String program, String stdout) {}

    @BeforeAll
    static void boot() throws Exception {
        tlang = Tlang.init(BundleSet.directory(RuntimeIT.HOME), Files.readString(RuntimeIT.HOME.resolve("profiles/default.toml")), "default.toml");
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    static final List<String> TIERS = List.of("interp", "jit", "tiered");

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        List<Example> examples = extract(Files.readAllLines(DOC));
        assertFalse(examples.isEmpty(), "no examples in " + DOC);
        return TIERS.stream().flatMap(tier -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest("tier " + tier, () -> swapTo(tier))),
                examples.stream().map(e -> DynamicTest.dynamicTest("docs/stdlib.md:" + e.line() + " on " + tier, () -> run(e, tier)))));
    }

    private static void swapTo(String tier) {
        var swap = tlang.runtime().swap("tier", tier, java.util.Map.of(), java.time.Duration.ofSeconds(10));
        assertTrue(swap.swapped(), tier + ": " + swap);
    }

    static List<Example> extract(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        String pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```") || fence.equals("```")) continue;
            StringBuilder body = new StringBuilder();
            int start = i;
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) body.append(lines.get(i)).append('\n');
            String kind = fence.substring(3).strip();
            if (pending != null && !kind.equals("output")) {
                throw new AssertionError("docs/stdlib.md:" + pendingLine + ": a ```t program must be followed by an ```output block");
            }
            if (kind.equals("t")) {
                pending = body.toString();
                pendingLine = start + 1;
            } else if (kind.equals("output") && pending != null) {
                examples.add(new Example(pendingLine, pending, body.toString()));
                pending = null;
            }
        }
        if (pending != null) throw new AssertionError("docs/stdlib.md:" + pendingLine + ": a ```t program must be followed by an ```output block");
        return examples;
    }

    private static void run(Example e, String tier) throws Exception {
        assertEquals(tier, tlang.runtime().bindings().get("tier"), "the tier this example is meant to run on");
        Path dir = Files.createTempDirectory("stdlib-doc");
        Path main = dir.resolve("main.t");
        Files.writeString(main, e.program());
        Output out = new Output();
        Output err = new Output();
        int status = CompletableFuture.supplyAsync(
                () -> RuntimeIT.status(tlang.runtime().run(new RunRequest(main, List.of(), out.stream, err.stream, false)), err))
                .get(60, TimeUnit.SECONDS);
        String where = "docs/stdlib.md:" + e.line() + " on " + tier;
        assertEquals(e.stdout(), out.text(), () -> where + ": stdout differs (stderr was:\n" + err.text() + ")");
        assertEquals("", err.text(), where + ": stderr");
        assertEquals(0, status, where + ": exit status");
    }
}
