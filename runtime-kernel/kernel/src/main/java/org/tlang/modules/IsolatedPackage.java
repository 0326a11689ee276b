package org.tlang.modules;

import org.tlang.tir.TFunction;

/**
 * A dependency package whose code runs in a process of its own ({@code [sandbox.NAME] isolation =
 * "process"}): the program's calls of its functions are made there.
 */
public interface IsolatedPackage {
    /**
     * Calls {@code fn}, a function of a module of this package, with {@code args} (runtime values
     * of its parameter types) in the package's process, and gives back its result; a panic there,
     * or the process ending during the call, is a {@link org.tlang.runtime.PanicException} here.
     */
    Object call(TFunction fn, Object[] args);
}
