import java.lang.annotation.Annotation;
import java.lang.foreign.MemorySegment;
import org.tlang.memory.general.GeneralAllocator;
import org.tlang.memory.pooled.PooledAllocator;
import org.tlang.spi.memory.Allocator;

/**
 * The allocator bundles side by side: N rounds of allocate + write + release of one buffer of
 * SIZE bytes (a file opened and closed per request), medians of 5, in ns per round.
 */
public final class AllocBench {
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 65536;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        PooledAllocator.Config config = new PooledAllocator.Config() {
            @Override
            public int max$_$free$_$bytes() {
                return 64 << 20;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PooledAllocator.Config.class;
            }
        };
        Allocator general = new GeneralAllocator();
        Allocator pooled = new PooledAllocator(config);
        long[] g = new long[5];
        long[] p = new long[5];
        for (int rep = 0; rep < 5; rep++) {
            g[rep] = run(general, size, rounds);
            p[rep] = run(pooled, size, rounds);
        }
        java.util.Arrays.sort(g);
        java.util.Arrays.sort(p);
        System.out.printf("%d B buffers, %d rounds: general %d ns/round, pooled %d ns/round, pooled/general %.2fx%n",
                size, rounds, g[2], p[2], (double) p[2] / g[2]);
    }

    static long run(Allocator a, int size, int rounds) {
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            MemorySegment s = a.allocate(size, 8);
            s.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i % size, (byte) 1);
            a.release(s);
        }
        return (System.nanoTime() - t0) / rounds;
    }
}
