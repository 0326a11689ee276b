package org.tlang.runtime.builtins;

import java.util.concurrent.Callable;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.scheduler.Task;

/** What a built-in may reach of the program that calls it: its streams and its scheduler. */
public interface Context {
    ProgramIo io();

    <T> Task<T> spawn(Callable<T> work);
}
