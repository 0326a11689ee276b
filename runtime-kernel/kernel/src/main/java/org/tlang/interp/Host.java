package org.tlang.interp;

import org.tlang.runtime.builtins.Context;

/** What running code needs from outside: the program's streams and a place to start tasks. */
public interface Host extends Context {
    /** The debugger that code compiled now reports to, or null: code is compiled without probes. */
    default Probe probe() {
        return null;
    }
}
