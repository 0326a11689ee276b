package org.tlang.spi.tier;

import java.util.List;

import org.tlang.tir.TModule;

/**
 * A compiling tier that can also compile a package's modules ahead of time, for {@code tlang build}
 * to put into the package's bundle jar. What it writes is its own business (class files, say): one
 * file per module, which {@link Linkage#aheadOfTime} hands back to it when the module loads and
 * {@link ExecutionTier#precompiled} links.
 */
public interface AheadOfTimeCompiler {
    /** The name of what this tier writes ({@code jit}): the folder it goes into in a package. */
    String format();

    /**
     * {@code module}'s functions compiled now, against {@code linkage} (a module version that is
     * loaded but never run); null when the tier compiles none of them.
     *
     * @param compiled receives the qualified name of each function compiled
     * @param left     receives each function left to the interpreter, with why
     */
    byte[] compileAhead(TModule module, Linkage linkage, List<String> compiled, List<String> left);
}
