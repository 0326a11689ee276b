package org.tlang.spi.program;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * A T program running in this runtime, registered as a service while it runs. With
 * {@code tlang run --watch} it carries the service property {@code tlang.watch=true}, and the
 * hot-patch bundle reloads its modules when their files change.
 */
public interface RunningProgram {

    /** Service property: true when the program's sources are to be watched. */
    String WATCH = "tlang.watch";

    Path mainFile();

    /** The source file of every module the program has loaded (absolute, normalised). */
    Set<Path> sources();

    /** The mechanism that changes the program's modules while it runs. */
    ModuleSwitch modules();

    /** Where reload reports go: the program's standard error. */
    PrintStream err();
}
