package org.tlang.spi.program;

import java.util.List;
import java.util.Optional;

/**
 * The kernel's mechanism for changing the modules of one running program: compile new versions
 * and link them beside the old ones ({@link #stage}), then switch every link at once
 * ({@link Staged#commit}). Whether to switch (do the modules that use them still fit? what becomes
 * of a static whose type changed?), what to keep for a rollback, and when to reload are the
 * caller's: the hot-patch bundle's reload transactions, or the REPL's.
 *
 * <p>Stages are made and committed one at a time (the switch serialises them); running code never
 * waits for one.
 */
public interface ModuleSwitch {

    /** The versions serving now, by module name. */
    List<ModuleVersion> modules();

    Optional<ModuleVersion> module(String name);

    /**
     * Compiles new versions of the modules of {@code sources} together (the first source's module
     * first), against each other's new versions and the interfaces of every other loaded module,
     * and links them without switching anything. A module that is not loaded, or whose source does
     * not compile, gives a stage with errors.
     */
    Staged stage(List<ModuleSource> sources);

    /**
     * A live patch: a new version of {@code module} that is its current version with the function
     * {@code function} ({@code name}, or {@code Type::name} for a method) replaced by its definition
     * in {@code definition} (the {@code fn} item alone, or a whole edited module of which only that
     * function is taken), parsed and checked in the module as it is. Committing it switches that one
     * function; the module's other functions and its statics stay as they are.
     */
    Staged stagePatch(String module, String function, String definition);

    /** Replaced versions still reachable (a call running in one, a closure it made), e.g. {@code app v3}. */
    List<String> retiredVersions();

    /** The most replaced versions that were reachable at once. */
    int mostRetiredAtOnce();
}
