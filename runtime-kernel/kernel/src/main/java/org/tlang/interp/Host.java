package org.tlang.interp;

import org.tlang.runtime.builtins.Context;
import org.tlang.spi.natives.Resources;

/** What running code needs from outside: the program's streams and a place to start tasks. */
public interface Host extends Context {
    /** The debugger that code compiled now reports to, or null: code is compiled without probes. */
    default Probe probe() {
        return null;
    }

    /** The program's open resources, told of each handle struct made ({@link Resources#made}); null for none. */
    default Resources resources() {
        return null;
    }
}
