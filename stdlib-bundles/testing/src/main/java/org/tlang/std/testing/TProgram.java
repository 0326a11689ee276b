package org.tlang.std.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.tlang.jit.JitTier;
import org.tlang.modules.CompileException;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.natives.NativeModule;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.testing.TestHost;

/** Runs a T program with some native modules, outside OSGi, for the std bundles' unit tests. */
public final class TProgram {
    /** What a run printed and its exit status (0, 1 for a compile error, 101 for a panic). */
    public record Result(int status, String out, String err) {}

    private TProgram() {}

    /** Writes {@code source} to {@code dir/main.t} and runs its main with the given native modules. */
    public static Result run(Path dir, String source, List<NativeModule> natives, String... args) throws IOException {
        return run(dir, source, natives, new TestHost(), args);
    }

    /**
     * Runs the program on the interpreter, on the JIT (every function compiled as its module loads)
     * and tiered with thresholds 1, and gives the interpreter's result once all three agree.
     *
     * @throws IllegalStateException if a tier gives another result, or the JIT failed on a function
     */
    public static Result runOnEveryTier(Path dir, String source, List<NativeModule> natives, String... args) throws IOException {
        Result interpreted = run(dir, source, natives, args);
        Map<String, JitTier> tiers = Map.of("jit", new JitTier(ExecutionTier.Policy.EAGER, false), "tiered(1,1)", new JitTier(JitTier.tiered(1, 1), false));
        for (Map.Entry<String, JitTier> tier : tiers.entrySet()) {
            Result r = runOn(tier.getValue(), dir, source, natives, args);
            int failed = tier.getValue().failed();
            if (failed != 0) throw new IllegalStateException(tier.getKey() + ": the JIT failed on " + failed + " function(s); see the log");
            if (!r.equals(interpreted)) {
                throw new IllegalStateException(tier.getKey() + " gave " + r + " where the interpreter gave " + interpreted);
            }
        }
        return interpreted;
    }

    /** As {@link #run}, tiering up through {@code tier} (null: the interpreter only). */
    public static Result runOn(ExecutionTier tier, Path dir, String source, List<NativeModule> natives, String... args) throws IOException {
        return run(dir, source, natives, new TestHost(tier), args);
    }

    /** As {@link #run(Path, String, List, String...)} in {@code host} (its stdin, its denied capabilities); its open resources are closed after. */
    public static Result run(Path dir, String source, List<NativeModule> natives, TestHost host, String... args) throws IOException {
        Path file = dir.resolve("main.t");
        Files.writeString(file, source);
        ModuleRegistry registry = new ModuleRegistry(host);
        registry.addNatives(natives);
        try {
            int status = host.finish(registry.runMain(registry.load(file), List.of(args)));
            return new Result(status, host.stdout(), host.stderr());
        } catch (CompileException e) {
            return new Result(1, host.stdout(), e.render());
        } finally {
            registry.close();
        }
    }

    /** A program whose main runs on its own thread (a server, say). */
    public static final class Running {
        private final TestHost host;
        private final Thread thread;
        private volatile int status = -1;

        private Running(TestHost host, ModuleRegistry registry, org.tlang.modules.LoadedModule main, String[] args) {
            this.host = host;
            this.thread = Thread.ofPlatform().name("t-main").start(() -> status = host.finish(registry.runMain(main, List.of(args))));
        }

        public String out() {
            return host.stdout();
        }

        public String err() {
            return host.stderr();
        }

        /** Waits until stdout has a complete line starting with {@code prefix}, and returns the rest of that line. */
        public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                for (String line : out().split("\n", -1)) {
                    if (line.startsWith(prefix) && out().contains(line + "\n")) return line.substring(prefix.length());
                }
                if (!thread.isAlive()) break;
                Thread.sleep(10);
            }
            throw new IllegalStateException("no line starting with '" + prefix + "'; stdout: " + out() + "\nstderr: " + err());
        }

        /** Waits for main to return; its exit status. */
        public int join(Duration timeout) throws InterruptedException {
            if (!thread.join(timeout)) throw new IllegalStateException("main did not return within " + timeout);
            return status;
        }
    }

    /** Compiles {@code source} as {@code dir/main.t} and starts its main on a new thread. */
    public static Running start(Path dir, String source, List<NativeModule> natives, String... args) throws IOException, CompileException {
        return start(dir, source, natives, new TestHost(), args);
    }

    /** As {@link #start(Path, String, List, String...)} in {@code host} (whose scheduler a test may watch). */
    public static Running start(Path dir, String source, List<NativeModule> natives, TestHost host, String... args)
            throws IOException, CompileException {
        Path file = dir.resolve("main.t");
        Files.writeString(file, source);
        ModuleRegistry registry = new ModuleRegistry(host);
        registry.addNatives(natives);
        return new Running(host, registry, registry.load(file), args);
    }
}
