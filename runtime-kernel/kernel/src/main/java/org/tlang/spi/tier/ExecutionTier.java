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
     * @return a handle whose type mirrors the function's signature, or empty if this tier cannot
     *         compile it (it then stays on the tier below; that is never an error for the program)
     */
    Optional<MethodHandle> compile(TFunction function, Linkage linkage);
}
