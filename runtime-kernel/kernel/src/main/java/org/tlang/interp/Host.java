package org.tlang.interp;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.tlang.spi.scheduler.Task;

/** What running code needs from outside: output streams and a place to start tasks. */
public interface Host {
    PrintStream out();

    PrintStream err();

    <T> Task<T> spawn(Callable<T> work);
}
