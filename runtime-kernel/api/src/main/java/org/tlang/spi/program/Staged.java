package org.tlang.spi.program;

import java.util.List;

import org.tlang.api.Diagnostic;

/**
 * New versions of modules, compiled and linked beside the versions serving now, not yet switched
 * to. Statics whose type is unchanged keep their cells (and values); new ones, consts and those
 * the caller resets are initialised by {@link #initialise}; those the caller migrates get the value
 * of their migration function. Dropping a stage without committing it leaves the program as it was.
 */
public interface Staged {

    /** Compile errors and warnings; with an error the stage cannot go further. */
    List<Diagnostic> diagnostics();

    /** No error: the new versions compiled and linked. */
    boolean compiled();

    /** The modules staged, comma-separated, for reports. */
    String label();

    /** The new versions (numbered one above the versions serving now), first source's module first. */
    List<ModuleVersion> versions();

    /** The version serving now of each staged module, in the same order. */
    List<ModuleVersion> current();

    /** Statics whose values carry over unchanged. */
    List<String> keptStatics();

    /** Statics whose type changed while a value is held: each needs {@link #migrate} or {@link #reset}. */
    List<StaticChange> changedStatics();

    /** Statics that start over from their initialisers: those reset, and those whose old value was never set. */
    List<String> resetStatics();

    /** Statics whose values their migration functions carry over. */
    List<String> migratedStatics();

    /** {@code #[migrate(name)]} attributes that name no {@code static} of their module: each an error at the attribute. */
    List<Diagnostic> strayMigrations();

    /** The static starts over from its initialiser in the new version. */
    void reset(StaticChange change);

    /** The static's value is its declared migration function applied to the old value. */
    void migrate(StaticChange change);

    /**
     * Runs the initialisers of new, const and reset statics, then the migrations, all before the
     * switch. Each panic is an error (at the initialiser or migration): the stage must then be dropped.
     */
    List<Diagnostic> initialise();

    /**
     * Switches to the new versions: every link at once (one write; for a patch, the one function),
     * and the new versions' functions to the compiling tier bound now. Refused (IllegalStateException)
     * while a changed static is undecided, after a failed {@link #initialise}, or a second time.
     *
     * @return how long the switch itself took, in nanoseconds
     */
    long commit();
}
