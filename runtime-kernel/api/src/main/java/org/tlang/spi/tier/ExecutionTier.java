package org.tlang.spi.tier;

import java.lang.invoke.MethodHandle;
import java.util.Optional;

import org.tlang.tir.TFunction;

/**
 * Turns one TIR function into executable code. The interpreter (tier 0) is built into the kernel;
 * a compiling tier (the JIT) registers this service. Installing the result is the same operation
 * as a hot reload: the function's call site is switched to the new code, so callers need not be
 * recompiled.
 */
public interface ExecutionTier {

    /**
     * Compiles {@code function}. Calls it makes to other T functions go through
     * {@link Linkage#callSite}, never directly to a callee's code.
     *
     * <p>The returned code must record its own frame in the T trace of a panic leaving it
     * ({@link org.tlang.runtime.PanicException#leave}), and the caller's position for panics leaving its
     * calls ({@link org.tlang.runtime.PanicException#at}), exactly as interpreted code does.
     *
     * @return a handle of {@link org.tlang.runtime.JvmTypes#methodType} of the function's signature, or empty if this tier cannot
     *         compile it (it then stays on the tier below; that is never an error for the program)
     */
    Optional<MethodHandle> compile(TFunction function, Linkage linkage);

    /**
     * On-stack replacement: compiles {@code loop} (a `loop`, `while` or `for` over a range of
     * {@code function}) so that an activation already running it in the interpreter continues in
     * compiled code; the handle's type and contract are {@link LoopCompiler}'s.
     * Asked for on the interpreting thread when the loop is hot.
     *
     * @return the handle, or empty to leave the loop interpreted (the default)
     */
    default Optional<MethodHandle> compileLoop(TFunction function, org.tlang.tir.TExpr loop, Linkage linkage) {
        return Optional.empty();
    }

    /**
     * Code for {@code function} that this tier compiled ahead of time ({@code tlang build}) and that
     * {@link Linkage#aheadOfTime} holds, linked now instead of compiled: installed when the module
     * version loads, whatever the {@link #policy}. Empty when there is none, or when it was compiled
     * from other TIR or by another build of the tier (then the function is compiled as usual).
     */
    default Optional<MethodHandle> precompiled(TFunction function, Linkage linkage) {
        return Optional.empty();
    }

    /** When the runtime asks this tier to compile a function; see {@link Policy}. */
    default Policy policy() {
        return Policy.EAGER;
    }

    /**
     * Tiering thresholds. A function starts interpreted and counts its calls and loop back edges;
     * when either count reaches its threshold, it is compiled in the background and installed.
     * A threshold of 0 compiles every function when its module version is loaded, before any call.
     */
    record Policy(int callThreshold, int loopThreshold) {
        public static final Policy EAGER = new Policy(0, 0);
        /**
         * How the kernel counts while no compiling tier is bound: a tier bound later compiles the
         * functions that reach these counts from then on.
         */
        public static final Policy LATER = new Policy(1_000, 10_000);

        public boolean eager() {
            return callThreshold <= 0 && loopThreshold <= 0;
        }
    }
}
