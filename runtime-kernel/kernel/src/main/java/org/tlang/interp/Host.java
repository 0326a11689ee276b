package org.tlang.interp;

import org.tlang.runtime.builtins.Context;

/** What running code needs from outside: the program's streams and a place to start tasks. */
public interface Host extends Context {}
