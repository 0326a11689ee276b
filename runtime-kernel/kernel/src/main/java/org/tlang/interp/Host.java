package org.tlang.interp;

import java.util.concurrent.Callable;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.scheduler.Task;

/** What running code needs from outside: the program's streams and a place to start tasks. */
public interface Host {
    ProgramIo io();

    <T> Task<T> spawn(Callable<T> work);
}
