package org.tlang.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.modules.CompileException;
import org.tlang.modules.Compiler;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.testing.TestHost;

/**
 * The T conformance suite: every case under {@code conformance/} (see {@code conformance/README.md})
 * runs once per {@link Tier execution tier}; each run must give the case's expected exit status,
 * stdout and stderr lines, and all tiers must agree. Cases listed in {@code conformance/KNOWN-FAILURES}
 * are expected to fail: they are reported as skipped while they do, and fail the suite once they pass.
 *
 * <p>The suite root comes from the system property {@code tlang.root}, else from walking up from the
 * working directory to the first folder that holds {@code conformance/}.
 */
public class ConformanceTest {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A Java stack frame: T programs must never show one (compile errors and panics alike). */
    static final java.util.regex.Pattern HOST_TRACE = java.util.regex.Pattern.compile("\\n\\s+at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    /** What one run of a case produced. {@code out} and {@code err} are normalised (see {@link Case#normalise}). */
    public record Outcome(int status, String out, String err) {}

    /** How a case is run: its {@code main}, or its {@code test fn}s (directive {@code //! mode: test}). */
    public enum Mode { MAIN, TEST }

    /**
     * An execution tier: runs one program from source to exit status in a fresh runtime. The
     * kernel's own run uses the interpreter; a compiling tier's module subclasses this suite and overrides {@link #tiers}
     * (jit-bundle's {@code JitConformanceTest}).
     */
    public interface Tier {
        String name();

        Outcome run(Path entry, List<String> args, Mode mode);
    }

    /**
     * A tier behind {@link ModuleRegistry}: tier 0, the node interpreter, when {@code tier} gives null;
     * otherwise each run's registry tiers up through a fresh {@code ExecutionTier} from {@code tier}.
     */
    public static class InterpreterTier implements Tier {
        private final String name;
        private final java.util.function.Supplier<org.tlang.spi.tier.ExecutionTier> tier;

        public InterpreterTier() {
            this("interpreter", () -> null);
        }

        public InterpreterTier(String name, java.util.function.Supplier<org.tlang.spi.tier.ExecutionTier> tier) {
            this.name = name;
            this.tier = tier;
        }

        @Override
        public String name() {
            return name;
        }

        /** Called after each run with the tier it used (to check its counters, say). */
        protected void ran(org.tlang.spi.tier.ExecutionTier used, Path entry) {}

        /** Called before {@code entry} is loaded into {@code registry} (to give it code compiled ahead of time, say). */
        protected void prepare(ModuleRegistry registry, org.tlang.spi.tier.ExecutionTier used, Path entry) {}

        @Override
        public Outcome run(Path entry, List<String> args, Mode mode) {
            org.tlang.spi.tier.ExecutionTier used = tier.get();
            TestHost host = new TestHost(used);
            ModuleRegistry registry = new ModuleRegistry(host);
            prepare(registry, used, entry);
            LoadedModule module;
            try {
                module = registry.load(entry);
            } catch (CompileException e) {
                return new Outcome(1, host.stdout(), host.stderr() + e.render());
            }
            // `tlang run` shows warnings of a program that compiles; load() has no channel for them
            for (Diagnostic d : Compiler.check(entry)) {
                if (d.severity() == Severity.WARNING) host.io().err().print(d.render());
            }
            int status;
            if (mode == Mode.TEST) {
                status = registry.runTests().failed() == 0 ? 0 : 1;
            } else {
                status = host.finish(registry.runMain(module, args));
            }
            host.io().flush();
            if (used != null) ran(used, entry);
            return new Outcome(status, host.stdout(), host.stderr());
        }
    }

    /**
     * The kernel's own tiers. A compiling tier is an {@link InterpreterTier} whose host offers that
     * tier ({@code RuntimeHost.tier()}); the registry then compiles and installs functions itself.
     */
    static final List<Tier> TIERS = List.of(new InterpreterTier());

    /** The tiers this suite runs every case on, the first being the reference; subclasses add compiling tiers. */
    protected List<Tier> tiers() {
        return TIERS;
    }

    /**
     * Why {@code tier} does not run case {@code caseId} (a documented gap of that tier), or null. The
     * case still runs on every other tier.
     */
    protected String gap(Tier tier, String caseId) {
        return null;
    }

    /**
     * Why {@code tier}'s T stack traces for case {@code caseId} differ from the first tier's (a
     * documented gap), or null. The case still runs on that tier and must match the expected files,
     * the status, stdout and every stderr line that is not a trace frame.
     */
    protected String traceGap(Tier tier, String caseId) {
        return null;
    }

    /** {@code o} without the lines of its T stack traces ({@code     at ...}, {@code     ... omitted}). */
    static Outcome withoutTraces(Outcome o) {
        String err = o.err().lines()
                .filter(l -> !l.startsWith("    at ") && !l.startsWith("    ... "))
                .map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining());
        return new Outcome(o.status(), o.out(), err);
    }

    @TestFactory
    Stream<DynamicNode> conformance() throws IOException {
        Path suite = suiteRoot();
        Map<String, String> known = knownFailures(suite);
        List<Case> cases = Case.discover(suite);
        Map<String, List<DynamicNode>> sections = new LinkedHashMap<>();
        for (Case c : cases) {
            sections.computeIfAbsent(c.section(), s -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(c.id(), c.source().toUri(), () -> check(tiers().stream().filter(t -> gap(t, c.id()) == null).toList(), c, known.get(c.id()), t -> traceGap(t, c.id()) != null)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("KNOWN-FAILURES names existing cases", () -> {
            List<String> ids = cases.stream().map(Case::id).toList();
            List<String> stale = known.keySet().stream().filter(k -> !ids.contains(k)).toList();
            if (!stale.isEmpty()) fail("KNOWN-FAILURES lists cases that do not exist: " + stale);
        }));
        sections.forEach((name, tests) -> nodes.add(DynamicContainer.dynamicContainer(name, tests)));
        return nodes.stream();
    }

    private static void check(List<Tier> tiers, Case c, String knownReason, java.util.function.Predicate<Tier> tracesDiffer) {
        List<String> problems = new ArrayList<>();
        Outcome first = null;
        String firstTier = null;
        for (Tier tier : tiers) {
            Outcome o = runWithTimeout(tier, c);
            problems.addAll(c.compare(tier.name(), o));
            if (first == null) {
                first = o;
                firstTier = tier.name();
            } else if (tracesDiffer.test(tier) ? !withoutTraces(first).equals(withoutTraces(o)) : !first.equals(o)) {
                problems.add("tiers disagree: " + firstTier + " vs " + tier.name() + "\n"
                        + Diff.labelled("status", Integer.toString(first.status()), Integer.toString(o.status()))
                        + Diff.labelled("stdout", first.out(), o.out())
                        + Diff.labelled("stderr", first.err(), o.err()));
            }
        }
        if (knownReason != null) {
            if (problems.isEmpty()) {
                fail(c.id() + " is listed in conformance/KNOWN-FAILURES (" + knownReason
                        + ") but passes on every tier now: remove its line");
            }
            Assumptions.abort("known failure: " + knownReason + "\n" + String.join("\n", problems));
        }
        if (!problems.isEmpty()) fail(c.id() + " (" + c.source() + ")\n" + String.join("\n", problems));
    }

    private static Outcome runWithTimeout(Tier tier, Case c) {
        FutureTask<Outcome> task = new FutureTask<>(() -> c.normalise(tier.run(c.entry(), c.args(), c.mode())));
        Thread thread = Thread.ofPlatform().daemon().name("conformance " + c.id() + " on " + tier.name()).start(task);
        try {
            return task.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            return new Outcome(-1, "", "conformance runner: timed out after " + TIMEOUT.toSeconds() + " s\n");
        } catch (ExecutionException e) {
            return new Outcome(-2, "", "conformance runner: the tier threw " + e.getCause() + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code tlang.root}, else the first folder at or above the working directory that holds {@code conformance/}. */
    static Path suiteRoot() {
        String prop = System.getProperty("tlang.root");
        if (prop != null && !prop.isBlank()) return Path.of(prop).toAbsolutePath().normalize().resolve("conformance");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("conformance"))) return dir.resolve("conformance");
        }
        throw new IllegalStateException("no conformance/ folder at or above " + Path.of("").toAbsolutePath());
    }

    /** {@code PATH REASON...} per line; blank lines and {@code #} comments ignored. */
    static Map<String, String> knownFailures(Path suite) throws IOException {
        Path file = suite.resolve("KNOWN-FAILURES");
        Map<String, String> known = new LinkedHashMap<>();
        if (!Files.exists(file)) return known;
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] parts = t.split("\\s+", 2);
            String id = parts[0].endsWith("/") ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
            known.put(id, parts.length > 1 ? parts[1] : "(no reason given)");
        }
        return known;
    }

    /**
     * One conformance case: a file {@code NAME.t}, or a package folder {@code NAME/} (holding
     * {@code t.toml} and the entry {@code src/main.t}), with {@code NAME.out} beside it.
     */
    record Case(String id, String section, Path dir, Path source, Path entry, Path expectBase, List<String> args, Mode mode,
            boolean stdoutLines) {

        static List<Case> discover(Path suite) throws IOException {
            List<Case> cases = new ArrayList<>();
            try (Stream<Path> all = Files.walk(suite)) {
                List<Path> paths = all.sorted().toList();
                List<Path> packages = paths.stream().filter(p -> Files.isRegularFile(p.resolve("t.toml"))).toList();
                for (Path p : paths) {
                    Path rel = suite.relativize(p);
                    if (rel.getNameCount() < 2) continue; // cases live in a section folder
                    boolean insidePackage = packages.stream().anyMatch(pkg -> p.startsWith(pkg) && !p.equals(pkg));
                    if (insidePackage) continue;
                    String name = p.getFileName().toString();
                    if (packages.contains(p)) {
                        Path base = p.resolveSibling(name);
                        if (!Files.exists(p.resolveSibling(name + ".out"))) continue;
                        Path entry = p.resolve("src/main.t");
                        cases.add(make(suite, rel.toString().replace('\\', '/'), p, entry, entry, base));
                    } else if (name.endsWith(".t") && Files.isRegularFile(p)) {
                        String stem = name.substring(0, name.length() - 2);
                        if (!Files.exists(p.resolveSibling(stem + ".out"))) continue; // a helper module, not a case
                        cases.add(make(suite, rel.toString().replace('\\', '/'), p.getParent(), p, p, p.resolveSibling(stem)));
                    }
                }
            }
            return cases;
        }

        private static Case make(Path suite, String id, Path dir, Path source, Path entry, Path base) throws IOException {
            List<String> args = List.of();
            Mode mode = Mode.MAIN;
            boolean stdoutLines = false;
            if (Files.exists(entry)) {
                for (String line : Files.readAllLines(entry)) {
                    String t = line.strip();
                    if (!t.startsWith("//!")) {
                        if (t.isEmpty() || t.startsWith("//")) continue;
                        break; // directives only before the first line of code
                    }
                    String d = t.substring(3).strip();
                    if (d.startsWith("args:")) {
                        String a = d.substring(5).strip();
                        args = a.isEmpty() ? List.of() : List.of(a.split("\\s+"));
                    } else if (d.equals("mode: test")) {
                        mode = Mode.TEST;
                    } else if (d.equals("stdout: lines")) {
                        stdoutLines = true;
                    } else {
                        throw new IllegalArgumentException(entry + ": unknown directive //! " + d);
                    }
                }
            }
            Path sectionDir = Files.isRegularFile(dir.resolve("t.toml")) ? dir.getParent() : dir;
            String section = suite.relativize(sectionDir).toString().replace('\\', '/');
            return new Case(id, section.isEmpty() ? "." : section, dir, source, entry, base, args, mode, stdoutLines);
        }

        /**
         * Paths in output are shown as if the program ran from the folder holding the case: the
         * absolute (and working-directory-relative) path of that folder is removed.
         */
        Outcome normalise(Outcome o) {
            return new Outcome(o.status(), strip(o.out()), strip(o.err()));
        }

        private String strip(String s) {
            Path folder = dir.toAbsolutePath().normalize();
            String r = s.replace(folder + "/", "");
            Path cwd = Path.of("").toAbsolutePath().normalize();
            if (folder.startsWith(cwd) && !folder.equals(cwd)) r = r.replace(cwd.relativize(folder) + "/", "");
            return r;
        }

        private String read(String ext) {
            Path p = expectBase.resolveSibling(expectBase.getFileName() + ext);
            try {
                return Files.exists(p) ? Files.readString(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Differences between {@code o} and what this case expects; empty if none. */
        List<String> compare(String tier, Outcome o) {
            List<String> problems = new ArrayList<>();
            String statusText = read(".status");
            int status = statusText == null ? 0 : Integer.parseInt(statusText.strip());
            String out = read(".out");
            String err = read(".err");
            if (o.status() != status) problems.add("[" + tier + "] exit status: expected " + status + ", got " + o.status());
            if (stdoutLines) {
                List<String> missing = out.lines().filter(l -> !l.isBlank() && !o.out().contains(l)).toList();
                if (!missing.isEmpty()) {
                    problems.add("[" + tier + "] stdout lacks " + missing.size() + " expected line(s):\n"
                            + String.join("\n", missing.stream().map(l -> "    " + l).toList()) + "\nstdout was:\n" + o.out().indent(4));
                }
            } else if (!out.equals(o.out())) {
                problems.add("[" + tier + "] stdout differs (- expected, + actual):\n" + Diff.lines(out, o.out()));
            }
            if (HOST_TRACE.matcher(o.err()).find() || HOST_TRACE.matcher(o.out()).find()) {
                problems.add("[" + tier + "] output holds a host-language (Java) stack trace");
            }
            if (err != null) {
                List<String> missing = err.lines().filter(l -> !l.isBlank() && !o.err().contains(l)).toList();
                if (!missing.isEmpty()) {
                    problems.add("[" + tier + "] stderr lacks " + missing.size() + " expected line(s):\n"
                            + String.join("\n", missing.stream().map(l -> "    " + l).toList()));
                }
            } else if (status == 0 && !o.err().isEmpty()) {
                problems.add("[" + tier + "] unexpected stderr (the case has no .err file)");
            }
            if (!problems.isEmpty()) problems.add("[" + tier + "] stderr was:\n" + o.err().indent(4));
            return problems;
        }
    }

    /** A small line diff (longest common subsequence) for mismatch reports. */
    static final class Diff {
        private Diff() {}

        static String labelled(String label, String a, String b) {
            return a.equals(b) ? "" : label + " (- first tier, + other tier):\n" + lines(a, b);
        }

        static String lines(String expected, String actual) {
            List<String> a = expected.lines().toList();
            List<String> b = actual.lines().toList();
            int n = a.size();
            int m = b.size();
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(i).equals(b.get(j))) {
                    sb.append("      ").append(a.get(i)).append('\n');
                    i++;
                    j++;
                } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    sb.append("    + ").append(b.get(j)).append('\n');
                    j++;
                } else {
                    sb.append("    - ").append(a.get(i)).append('\n');
                    i++;
                }
            }
            if (expected.endsWith("\n") != actual.endsWith("\n")) {
                sb.append("    (final newline: expected ").append(expected.endsWith("\n") ? "present" : "absent").append(")\n");
            }
            return sb.toString();
        }
    }
}
