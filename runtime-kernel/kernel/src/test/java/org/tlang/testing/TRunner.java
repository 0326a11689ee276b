package org.tlang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tlang.modules.CompileException;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;

/** Runs T programs in tests. */
public final class TRunner {
    private TRunner() {}

    public record Result(int exit, String out, String err) {}

    /** Writes {@code source} to {@code main.t} beside a {@code t.toml} in a fresh temp dir and runs it. */
    public static Result run(String source, String... args) {
        try {
            Path dir = Files.createTempDirectory("t-run");
            Files.writeString(dir.resolve("t.toml"), "name = \"test\"\nversion = \"0.1.0\"\n");
            Path file = dir.resolve("main.t");
            Files.writeString(file, source);
            return runFile(file, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Result runFile(Path file, String... args) {
        TestHost host = new TestHost();
        ModuleRegistry registry = new ModuleRegistry(host);
        LoadedModule m;
        try {
            m = registry.load(file);
        } catch (CompileException e) {
            return new Result(1, host.stdout(), e.render());
        }
        int exit = host.finish(registry.runMain(m, List.of(args)));
        return new Result(exit, host.stdout(), host.stderr());
    }

    /** Stdout of a program that must succeed. */
    public static String output(String source, String... args) {
        Result r = run(source, args);
        if (r.exit() != 0) throw new AssertionError("exit " + r.exit() + "\n" + r.err() + "\nstdout:\n" + r.out());
        return r.out();
    }

    public static Path resource(String name) {
        try {
            return Path.of(TRunner.class.getResource("/t/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
