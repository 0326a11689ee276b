package org.tlang.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A running tlang runtime: compose it from a profile, run and check T programs, swap subsystems. */
public interface TlangRuntime {

    /**
     * Binds the subsystems a profile names (TOML text; {@code origin} names it in errors).
     *
     * @throws ProfileException naming the offending key or implementation; nothing changes then
     */
    default void compose(String profileToml, String origin) throws ProfileException {
        compose(profileToml, origin, Map.of());
    }

    /**
     * As {@link #compose(String, String)}, with some kinds' implementations chosen instead of the
     * profile's (the command line's {@code --tier jit}: kind {@code tier}, implementation {@code jit});
     * an overridden kind's settings take their defaults.
     *
     * @throws ProfileException also for an unknown kind or implementation in {@code overrides}
     */
    void compose(String profileToml, String origin, Map<String, String> overrides) throws ProfileException;

    /**
     * Compiles {@code request.file()} and what it imports and runs its {@code main}; says how it
     * ended ({@link Report#run} renders that, the command line turns it into an exit code).
     */
    RunResult run(RunRequest request);

    /**
     * As {@link #run}, with a debugger: a Debug Adapter Protocol server listens on loopback
     * ({@link DebugOptions}). While a client is attached every function runs interpreted, so that
     * breakpoints and steps stop at T lines and show T locals; functions compiled before it attached
     * are compiled again for it, and again without it when it goes.
     */
    default RunResult debug(RunRequest request, DebugOptions options) {
        return RunResult.notRun("this runtime has no debugger");
    }

    /**
     * Runs the {@code test fn}s of a T file, or of every T file below a folder, printing one line per
     * test (with the panic of each failure) and the summary {@code N passed, N failed} to {@code out}.
     * A file that does not compile counts as one failure (its errors are in the result); the other
     * files' tests still run.
     */
    TestResult test(Path path, PrintStream out, PrintStream err);

    /**
     * As {@link #test(Path, PrintStream, PrintStream)}; with {@code locked}, a package whose
     * {@code tlang.lock} would change is refused (its errors in the result) and no test runs.
     */
    default TestResult test(Path path, PrintStream out, PrintStream err, boolean locked) {
        if (locked) throw new UnsupportedOperationException("this runtime cannot check a lock");
        return test(path, out, err);
    }

    /**
     * Stops every program {@link #run} runs, gracefully, as {@code SIGTERM} does to {@code tlang run}:
     * its servers and listeners stop accepting, the requests and tasks in flight get until the
     * profile's {@code [shutdown] drain-ms} to finish, the servers close, and {@code main} gets what
     * is left of that time to return before it is stopped as at {@code process.exit(0)}; its shutdown
     * hooks run as it ends. Returns once every program was told to stop; each {@code run} returns
     * when its program has ended.
     */
    default void drain() {
        throw new UnsupportedOperationException("this runtime cannot drain its programs");
    }

    /** Opens an interactive session whose values print to {@code out} and whose errors go to {@code err}. */
    ReplSession repl(PrintStream out, PrintStream err);

    /** Compiles a program, or every T file below a folder, without running it; every diagnostic. */
    CheckResult check(Path path);

    /** As {@link #check(Path)}; with {@code locked}, a package whose {@code tlang.lock} would change is an error. */
    default CheckResult check(Path path, boolean locked) {
        if (locked) throw new UnsupportedOperationException("this runtime cannot check a lock");
        return check(path);
    }

    /**
     * Replaces the implementation of one subsystem kind while programs run: the new one starts,
     * new work goes to it, work in flight on the old one finishes (up to {@code deadline}), then the
     * old one stops. If the new one fails to start, the old one keeps serving.
     */
    SwapResult swap(String kind, String implementation, Map<String, Object> settings, Duration deadline);

    /** The implementation bound now for each kind, e.g. {@code scheduler -> pool}. */
    Map<String, String> bindings();

    /**
     * A dry run of {@link #compose}: reads the profile and checks it against what is installed
     * (each implementation and version, each setting's name and type), and starts nothing. Returns
     * what compose would do, a line per kind ({@code scheduler: pool 0.1.0, settings threads=4:
     * starts (bundle org.tlang.scheduler.pool), replacing virtual}).
     *
     * @throws ProfileException every error of the profile, a line each, each naming its key
     */
    default java.util.List<String> checkProfile(String profileToml, String origin) throws ProfileException {
        throw new UnsupportedOperationException("this runtime cannot check a profile");
    }

    /** Every kind bound now, in the kernel's order of kinds: implementation, version, settings in force and metrics. */
    default java.util.List<BoundSubsystem> subsystems() {
        return java.util.List.of();
    }

    /**
     * The counters of the bound subsystems that keep any, keyed {@code kind.name}: for instance the
     * JIT tier's {@code tier.compiled}, {@code tier.interpreted} (functions it leaves to the
     * interpreter) and {@code tier.failed} (compiler bugs: always 0).
     */
    default Map<String, Number> metrics() {
        return Map.of();
    }

    /**
     * Reads the package at folder {@code root} (its {@code t.toml}) and resolves its dependencies,
     * as a run would (writing {@code tlang.lock}, or with {@code locked} refusing to change it);
     * compiles nothing. Errors are in the result, never thrown.
     */
    default PackageInfo describePackage(Path root, boolean locked) {
        throw new UnsupportedOperationException("this runtime cannot read packages");
    }

    /**
     * Compiles the modules of the package at {@code root} (below its {@code src/}) ahead of time
     * with the compiling tier bound now, for {@code tlang build} to put into its bundle jar: each
     * module is loaded (its package resolved as a run would, never its static initialisers or main)
     * and its functions compiled as the tier compiles them when they get hot. The package must
     * check clean.
     */
    default AheadOfTimeBuild compileAhead(Path root, boolean locked) {
        return AheadOfTimeBuild.none("this runtime cannot compile ahead of time");
    }

    /**
     * {@link #describePackage} of the package at {@code root}, then of every package it uses,
     * directly or not (each as its own {@code t.toml} says; their requirements not resolved again).
     * Only the root's when it does not resolve.
     */
    default List<PackageInfo> describeGraph(Path root, boolean locked) {
        return List.of(describePackage(root, locked));
    }

    /**
     * Where dependencies without a {@code path} are found and installed: {@code $TLANG_PACKAGES},
     * or {@code ~/.tlang/packages}; a package there is a folder {@code NAME-VERSION/}.
     */
    default Path packagesFolder() {
        throw new UnsupportedOperationException("this runtime cannot read packages");
    }

    /**
     * The semver {@code range} ({@code ^1.2}) as an OSGi filter on capabilities whose attribute
     * {@code attribute} is {@code value} and whose {@code version} is in the range:
     * {@code (&(osgi.identity=org.acme.scheduler)(version>=1.2.0)(!(version>=2.0.0)))}.
     *
     * @throws IllegalArgumentException when {@code range} is not a range, saying why
     */
    default String rangeFilter(String attribute, String value, String range) {
        throw new UnsupportedOperationException("this runtime cannot read ranges");
    }

    /**
     * Adds {@code NAME = "RANGE"} to the {@code [dependencies]} of the package at {@code root},
     * keeping the rest of its {@code t.toml} as written, and describes it after (the new
     * dependency unresolved until it is installed). When {@code t.toml} would no longer read (a
     * range that does not parse, a name that is a dependency already), it is left as it was and
     * the result has the errors and no name. A running program of the package sees the change at
     * its next reload.
     */
    default PackageInfo addDependency(Path root, String name, String range) {
        throw new UnsupportedOperationException("this runtime cannot change packages");
    }

    /**
     * Removes dependency {@code name} from the package at {@code root}; refused (the result has the
     * errors, {@code t.toml} unchanged) while a running program has a module of that package loaded.
     */
    default PackageInfo removeDependency(Path root, String name) {
        throw new UnsupportedOperationException("this runtime cannot change packages");
    }

    /**
     * A new context for calling T functions from the host ({@link Context#execute}), with its own
     * modules, grants and limits.
     *
     * @throws TlangException the options' grants do not parse, or the package at the root needs a
     *                        capability they do not grant
     */
    default Context context(ContextOptions options) {
        throw new UnsupportedOperationException("this runtime cannot embed");
    }

    /**
     * {@link Context#execute} in the runtime's own context: modules below the working directory,
     * the profile's grants and limits, the process's streams.
     */
    default Value execute(String module, String function, Value... args) {
        throw new UnsupportedOperationException("this runtime cannot embed");
    }

    /** The runtime's version, e.g. {@code 0.1.0}. */
    String version();
}
