package org.tlang.spi.program;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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

    /** The source file of every module the program has loaded. */
    Set<Path> sources();

    /** Compiles and checks a new version of one module's file and switches to it, or refuses. */
    ReloadOutcome reload(Path file);

    /** Reloads the modules of several files as one transaction: all switch at once, or none does. */
    ReloadOutcome reload(List<Path> files);

    /** Returns a module to its previous version. */
    ReloadOutcome rollback(String module);

    /** Replaces one function's definition ({@code name} or {@code Type::name}) without reloading its module. */
    ReloadOutcome patch(String module, String function, String definition);

    /** Loaded modules with their versions and rollback history, and replaced versions not yet unloaded. */
    List<String> versions();

    /** Where reload reports go: the program's standard error. */
    PrintStream err();
}
