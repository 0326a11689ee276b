package org.tlang.std.rand;

import java.lang.invoke.MethodHandles;
import java.security.SecureRandom;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StructValue;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.rand}: a pseudo-random generator whose algorithm is fixed, so a seed gives the same
 * numbers on every tier, run and JDK: xoshiro256** (Blackman and Vigna, 2018), its 256-bit state
 * filled from the seed by SplitMix64 as the authors recommend. The state is four Int fields of the
 * T struct {@code Rng}; the Java functions here step it.
 */
@Component(service = NativeModule.class)
public final class RandModule extends JavaModule {
    static final String SOURCE = """
            /// A pseudo-random generator (xoshiro256**). Not for secrets: use crypto.random_bytes.
            /// One task at a time: give each task its own, or share one through a std.sync Mutex.
            pub struct Rng { s0: Int, s1: Int, s2: Int, s3: Int }

            impl Rng {
                /// Seeded from the operating system's entropy source: a different sequence every run.
                pub fn new() -> Rng { let r = Rng { s0: 0, s1: 0, s2: 0, s3: 0 }; seed_from_os(r); r }
                /// The same sequence for the same seed, on every tier and every run.
                pub fn seeded(seed: Int) -> Rng { let r = Rng { s0: 0, s1: 0, s2: 0, s3: 0 }; seed_from(r, seed); r }
                /// Uniform in lo <= n < hi; panics if lo >= hi.
                pub fn int(self, lo: Int, hi: Int) -> Int { next_below(self, lo, hi) }
                /// Uniform in 0.0 <= x < 1.0, a multiple of 2^-53.
                pub fn float(self) -> Float { next_float(self) }
                pub fn bool(self) -> Bool { next_int(self) < 0 }
                /// Puts the elements in a uniformly random order, in place (Fisher-Yates).
                pub fn shuffle<T>(self, v: Vec<T>) {
                    let mut i = v.len() - 1;
                    while i > 0 {
                        let j = self.int(0, i + 1);
                        let t = v[i];
                        v[i] = v[j];
                        v[j] = t;
                        i -= 1;
                    }
                }
            }
            """;

    private static final int S0 = 0, S1 = 1, S2 = 2, S3 = 3;
    private static final SecureRandom OS = new SecureRandom();

    public RandModule() {
        super("std.rand", SOURCE, MethodHandles.lookup());
        function("seed_from", "fn(Rng, Int)", "seedFrom");
        function("seed_from_os", "fn(Rng)", "seedFromOs");
        function("next_int", "fn(Rng) -> Int", "nextInt");
        function("next_below", "fn(Rng, Int, Int) -> Int", "nextBelow");
        function("next_float", "fn(Rng) -> Float", "nextFloat");
    }

    /** Fills the state from {@code seed} with SplitMix64, which never gives four zero words. */
    public static void seedFrom(StructValue rng, long seed) {
        long z = seed;
        for (int i = S0; i <= S3; i++) {
            z += 0x9e3779b97f4a7c15L;
            rng.setLong(i, mix(z));
        }
    }

    public static void seedFromOs(StructValue rng) {
        seedFrom(rng, OS.nextLong());
    }

    /** The next 64 bits: one step of xoshiro256**. */
    public static long nextInt(StructValue rng) {
        long s0 = rng.getLong(S0), s1 = rng.getLong(S1), s2 = rng.getLong(S2), s3 = rng.getLong(S3);
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        rng.setLong(S0, s0);
        rng.setLong(S1, s1);
        rng.setLong(S2, s2);
        rng.setLong(S3, s3);
        return result;
    }

    /**
     * Uniform in {@code lo <= n < hi} without bias: Lemire's multiply-shift, rejecting the few
     * 64-bit draws that would favour some results. Any range works, even one wider than the
     * largest Int ({@code hi - lo} is taken as unsigned).
     */
    public static long nextBelow(StructValue rng, long lo, long hi) {
        if (lo >= hi) throw new PanicException("Rng.int: empty range " + lo + ".." + hi + " (lo must be less than hi)");
        long bound = hi - lo;
        long x = nextInt(rng);
        long low = x * bound;
        if (Long.compareUnsigned(low, bound) < 0) {
            long threshold = Long.remainderUnsigned(-bound, bound);
            while (Long.compareUnsigned(low, threshold) < 0) {
                x = nextInt(rng);
                low = x * bound;
            }
        }
        return lo + Math.unsignedMultiplyHigh(x, bound);
    }

    public static double nextFloat(StructValue rng) {
        return (nextInt(rng) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
