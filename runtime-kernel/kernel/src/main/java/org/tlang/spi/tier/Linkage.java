package org.tlang.spi.tier;

import java.lang.invoke.MutableCallSite;

import org.tlang.tir.FunctionRef;

/** The switchable call sites of a running program's functions, one per function. */
public interface Linkage {

    /** The call site through which every call to {@code callee} goes; reload, patch and tier-up retarget it. */
    MutableCallSite callSite(FunctionRef callee);
}
