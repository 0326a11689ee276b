package org.tlang.lang.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The front end fuzzed for a bounded time with a fixed seed ({@code -Dtlang.fuzz.seconds},
 * {@code -Dtlang.fuzz.seed}); {@code bench/fuzz.sh} runs it for longer.
 */
class FrontEndFuzzTest {
    @Test
    void noMutantOfTheCorpusCrashesTheFrontEnd() {
        long seconds = Long.getLong("tlang.fuzz.seconds", 40);
        long seed = Long.getLong("tlang.fuzz.seed", 18);
        FrontEndFuzzer.Outcome o = FrontEndFuzzer.run(FrontEndFuzzer.corpus(FrontEndFuzzer.repositoryRoot()), seed, seconds * 1000);
        System.out.println("front-end fuzz, seed " + seed + ", " + seconds + " s: " + o.report());
        assertFalse(o.crashed(), o::report);
        assertTrue(o.programs() > 1000, o::report);
    }
}
