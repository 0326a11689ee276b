import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.tlang.api.Context;
import org.tlang.api.ContextOptions;
import org.tlang.api.Value;
import org.tlang.embed.Tlang;

/**
 * Cost of one Context.execute round trip from Java (arguments made, call, result read), against a
 * plain Java method call doing the same. Prints "NAME NS" lines: the median of ROUNDS rounds of
 * CALLS calls each, after as many calls to warm up.
 */
public final class EmbedBench {
    static final int ROUNDS = 21;
    static volatile long sink;

    static long add(long a, long b) {
        return a + b;
    }

    interface Body {
        long run(int i);
    }

    static double median(int calls, Body body) {
        for (int i = 0; i < calls; i++) sink += body.run(i);
        double[] ns = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            long s = 0;
            for (int i = 0; i < calls; i++) s += body.run(i);
            ns[r] = (System.nanoTime() - t0) / (double) calls;
            sink += s;
        }
        Arrays.sort(ns);
        return ns[ROUNDS / 2];
    }

    public static void main(String[] args) {
        int calls = Integer.parseInt(args[1]);
        try (Tlang tlang = Tlang.start(Path.of(args[0]));
             Context context = tlang.runtime().context(ContextOptions.of(Path.of(args[2])))) {
            Value point = Value.struct(Map.of("x", 3.0, "y", 4.0));
            System.out.printf("java-plain %.1f%n", median(calls * 100, i -> add(i, 1)));
            System.out.printf("java-add %.1f%n", median(calls, i -> context.execute("bench", "add", Value.of(i), Value.of(1)).asLong()));
            System.out.printf("java-greet %.1f%n", median(calls, i -> context.execute("bench", "greet", Value.of("T")).asString().length()));
            System.out.printf("java-norm %.1f%n", median(calls, i -> (long) context.execute("bench", "norm", point).asDouble()));
        }
    }
}
