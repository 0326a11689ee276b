package org.tlang.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlang.modules.CompileException;
import org.tlang.modules.ModuleRegistry;
import org.tlang.testing.TRunner;
import org.tlang.testing.TestHost;

/**
 * Runs every example of {@code docs/language.md}, so the language reference cannot drift from the
 * implementation.
 *
 * <p>Conventions in the document (fenced blocks; the first word of the info string is the kind):
 * <ul>
 *   <li>{@code ```t} holds a complete program (with {@code fn main}); the next fenced block must be
 *       {@code ```output}, its exact stdout. An optional {@code ```stderr exit=N} block right after
 *       it gives the exact stderr and the exit status (default: empty stderr, status 0).</li>
 *   <li>{@code ```t test} holds a program whose {@code test fn}s are run as {@code tlang test} does;
 *       the {@code output} block is the report.</li>
 *   <li>{@code ```t args=a,b} passes {@code ["a", "b"]} to {@code main(args: Vec<Str>)}.</li>
 *   <li>{@code ```t file=src/app/users.t} is another module of the next program: the program then
 *       runs as {@code src/main.t} of a package (a folder with {@code t.toml}), with this file beside it.</li>
 *   <li>{@code ```t-fragment} and plain fences are not run.</li>
 * </ul>
 * A program without a {@code t.toml} is written as {@code main.t} (module {@code main}); paths in
 * output are shown relative to the folder holding the program, as if it was run from there.
 */
class LanguageDocTest {
    private static final long TIMEOUT_SECONDS = 20;

    record Block(int line, String kind, Map<String, String> attrs, String body) {}

    record Example(int line, Map<String, String> files, String program, Map<String, String> attrs, String stdout, String stderr,
            int exit) {}

    record Outcome(int exit, String out, String err) {}

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        Path doc = findDoc();
        List<Example> examples = extract(Files.readAllLines(doc));
        if (examples.isEmpty()) fail("no examples found in " + doc);
        return examples.stream().map(e -> DynamicTest.dynamicTest("docs/language.md:" + e.line(), doc.toUri(), () -> check(doc, e)));
    }

    /** The first {@code docs/language.md} at or above the working directory. */
    static Path findDoc() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/language.md");
            if (Files.isRegularFile(doc)) return doc;
        }
        throw new IllegalStateException("no docs/language.md at or above " + System.getProperty("user.dir"));
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.startsWith("```")) continue;
            String[] info = l.substring(3).strip().split("\\s+");
            String kind = info[0];
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int k = 1; k < info.length; k++) {
                int eq = info[k].indexOf('=');
                if (eq < 0) attrs.put(info[k], "");
                else attrs.put(info[k].substring(0, eq), info[k].substring(eq + 1));
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) end++;
            if (end >= lines.size()) throw new IllegalStateException("docs/language.md:" + (i + 1) + ": fence not closed");
            StringBuilder body = new StringBuilder();
            for (int k = start; k < end; k++) body.append(lines.get(k)).append('\n');
            blocks.add(new Block(i + 1, kind, attrs, body.toString()));
            i = end;
        }
        return blocks;
    }

    static List<Example> extract(List<String> lines) {
        List<Block> blocks = blocks(lines);
        List<Example> examples = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.kind().equals("t")) continue;
            if (b.attrs().containsKey("file")) {
                files.put(b.attrs().get("file"), b.body());
                continue;
            }
            if (i + 1 >= blocks.size() || !blocks.get(i + 1).kind().equals("output")) {
                throw new IllegalStateException("docs/language.md:" + b.line()
                        + ": a ```t program must be followed by an ```output block (use ```t-fragment for code that is not run)");
            }
            String stdout = blocks.get(i + 1).body();
            String stderr = "";
            int exit = 0;
            if (i + 2 < blocks.size() && blocks.get(i + 2).kind().equals("stderr")) {
                Block err = blocks.get(i + 2);
                stderr = err.body();
                exit = Integer.parseInt(err.attrs().getOrDefault("exit", "0"));
            }
            examples.add(new Example(b.line(), Map.copyOf(files), b.body(), b.attrs(), stdout, stderr, exit));
            files.clear();
        }
        return examples;
    }

    private static void check(Path doc, Example e) throws Exception {
        Path dir = Files.createTempDirectory("t-doc");
        Path entry;
        if (e.files().isEmpty()) {
            entry = dir.resolve("main.t");
        } else {
            Files.writeString(dir.resolve("t.toml"), "name = \"doc\"\nversion = \"0.1.0\"\n");
            for (Map.Entry<String, String> f : e.files().entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            entry = dir.resolve("src/main.t");
            Files.createDirectories(entry.getParent());
        }
        Files.writeString(entry, e.program());
        Outcome o = runWithTimeout(e, entry);
        String where = doc + ":" + e.line();
        String prefix = dir.toAbsolutePath().normalize() + "/";
        String out = o.out().replace(prefix, "");
        String err = o.err().replace(prefix, "");
        assertEquals(e.stdout(), out, () -> where + ": stdout differs (stderr was:\n" + err + ")");
        assertEquals(e.stderr(), err, () -> where + ": stderr differs");
        assertEquals(e.exit(), o.exit(), () -> where + ": exit status differs");
    }

    private static Outcome runWithTimeout(Example e, Path entry) throws Exception {
        FutureTask<Outcome> task = new FutureTask<>(() -> e.attrs().containsKey("test") ? runTests(entry) : runMain(e, entry));
        Thread thread = Thread.ofPlatform().daemon().name("doc example line " + e.line()).start(task);
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException ex) {
            thread.interrupt();
            throw new AssertionError("docs/language.md:" + e.line() + ": timed out after " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException ex) {
            throw new AssertionError("docs/language.md:" + e.line() + ": the runner threw " + ex.getCause(), ex.getCause());
        }
    }

    private static Outcome runMain(Example e, Path entry) {
        String args = e.attrs().getOrDefault("args", "");
        String[] list = args.isEmpty() ? new String[0] : args.split(",");
        TRunner.Result r = TRunner.runFile(entry, list);
        return new Outcome(r.exit(), r.out(), r.err());
    }

    /** As {@code tlang test FILE}: load the file, run its test fns; status 1 when one failed. */
    private static Outcome runTests(Path entry) {
        TestHost host = new TestHost();
        ModuleRegistry registry = new ModuleRegistry(host);
        try {
            registry.load(entry);
        } catch (CompileException ex) {
            return new Outcome(1, host.stdout(), ex.render());
        }
        int status = registry.runTests().failed() == 0 ? 0 : 1;
        return new Outcome(status, host.stdout(), host.stderr());
    }
}
