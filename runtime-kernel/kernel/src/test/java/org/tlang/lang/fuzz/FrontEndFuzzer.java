package org.tlang.lang.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A seeded mutation fuzzer of the front end over the T programs of the repository (the conformance
 * suite, the kernel's test programs, the crashers found so far). Feedback instead of coverage: a
 * mutant that draws a diagnostic not seen before joins the pool that later mutants come from, so
 * the run reaches more of the parser's and checker's error paths. One seed gives one sequence of
 * inputs. {@code main(SECONDS, SEED)} is what {@code bench/fuzz.sh} runs.
 */
public final class FrontEndFuzzer {
    /** Inputs stay small, so nesting stays moderate: deep nesting has its own tests. */
    static final int MAX_INPUT = 4096;
    private static final int MAX_POOL = 4000;

    /** How a run ended: programs checked and, if one failed, the input, its failure and the minimised input. */
    public record Outcome(long programs, int pool, String input, String failure, String minimised) {
        public boolean crashed() {
            return failure != null;
        }

        public String report() {
            if (!crashed()) return programs + " programs checked, no crash (pool " + pool + ")";
            return "front-end crash after " + programs + " programs:\n" + failure + "\nminimised input:\n" + minimised
                    + "\n--- end of minimised input; the input was:\n" + input + "\n--- end of input";
        }
    }

    private FrontEndFuzzer() {}

    /** The repository's T programs: conformance/**.t, the kernel's test programs and its fuzz crashers. */
    public static List<String> corpus(Path repositoryRoot) {
        Path kernel = repositoryRoot.resolve("runtime-kernel/kernel/src/test/resources");
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(repositoryRoot.resolve("conformance"), kernel.resolve("t"), kernel.resolve("fuzz-crashers"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".t")).sorted().toList()) out.add(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The folder above the working directory that holds {@code conformance/}. */
    public static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("conformance")) && Files.isDirectory(p.resolve("runtime-kernel"))) return p;
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** Fuzzes until {@code millis} have passed or a program crashes the front end; on a thread with a large stack. */
    public static Outcome run(List<String> corpus, long seed, long millis) {
        Outcome[] result = new Outcome[1];
        Thread t = new Thread(null, () -> result[0] = fuzz(corpus, seed, millis), "front-end-fuzzer", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return result[0];
    }

    private static Outcome fuzz(List<String> corpus, long seed, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        Random random = new Random(seed);
        TokenMutator mutator = new TokenMutator(random);
        List<String> pool = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long programs = 0;
        for (String program : corpus) {
            mutator.learn(program);
            programs++;
            String failure = FrontEndProbe.failure(program);
            if (failure != null) return crash(programs, pool, program, failure);
            if (program.length() <= MAX_INPUT) pool.add(program);
        }
        int seeds = Math.min(pool.size(), MAX_POOL / 2);
        while (System.nanoTime() < deadline) {
            String parent = pool.get(random.nextInt(pool.size()));
            String mutant = mutator.mutate(parent, pool.get(random.nextInt(pool.size())));
            if (mutant.length() > MAX_INPUT) continue;
            programs++;
            FrontEndProbe.Result r = FrontEndProbe.probe(mutant);
            if (r.failure() != null) return crash(programs, pool, mutant, r.failure());
            if (!seen.add(r.signature())) continue;
            // a full pool keeps the corpus and replaces an earlier mutant, so the run goes on finding new paths
            if (pool.size() < MAX_POOL) pool.add(mutant);
            else pool.set(seeds + random.nextInt(MAX_POOL - seeds), mutant);
        }
        return new Outcome(programs, pool.size(), null, null, null);
    }

    private static Outcome crash(long programs, List<String> pool, String input, String failure) {
        return new Outcome(programs, pool.size(), input, failure, minimise(input, FrontEndProbe.kind(failure)));
    }

    /** Removes spans of tokens, longest first, while the same kind of failure remains. */
    static String minimise(String input, String kind) {
        List<String> tokens = new ArrayList<>(Tokens.split(input));
        int tries = 0;
        for (int span = Math.max(1, tokens.size() / 2); span >= 1 && tries < 5000; span /= 2) {
            for (int i = 0; i + span <= tokens.size() && tries < 5000; ) {
                List<String> shorter = new ArrayList<>(tokens);
                shorter.subList(i, i + span).clear();
                tries++;
                String failure = FrontEndProbe.failure(String.join("", shorter));
                if (failure != null && FrontEndProbe.kind(failure).equals(kind)) tokens = shorter;
                else i += span;
            }
        }
        return String.join("", tokens);
    }

    /** {@code FrontEndFuzzer [SECONDS] [SEED]}: exits 1 after printing a crash. */
    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<String> corpus = corpus(repositoryRoot());
        System.out.println("fuzzing the front end for " + seconds + " s, seed " + seed + ", " + corpus.size() + " corpus programs");
        Outcome o = run(corpus, seed, seconds * 1000);
        System.out.println(o.report());
        System.exit(o.crashed() ? 1 : 0);
    }
}
