package org.tlang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.tlang.api.CheckResult;
import org.tlang.api.DebugOptions;
import org.tlang.api.Diagnostic;
import org.tlang.api.ProfileException;
import org.tlang.api.Report;
import org.tlang.api.ReplSession;
import org.tlang.api.Limits;
import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;
import org.tlang.api.TestResult;
import org.tlang.embed.Tlang;
import org.tlang.api.TlangException;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code -h}/{@code --help} and {@code -V}/{@code --version} on every command ({@link ScopeType#INHERIT}). */
@Command(name = "tlang", mixinStandardHelpOptions = true, versionProvider = Distribution.Version.class, scope = ScopeType.INHERIT,
        description = "The T language runtime.",
        subcommands = {TlangCommand.Run.class, TlangCommand.Test.class, TlangCommand.Check.class, TlangCommand.ReplCommand.class,
                TlangCommand.New.class, TlangCommand.Build.class, TlangCommand.Publish.class, TlangCommand.Install.class, TlangCommand.Add.class,
                TlangCommand.Keys.class, TlangCommand.Trust.class, TlangCommand.Registry.class, TlangCommand.Admin.class, TlangCommand.Profile.class, TlangCommand.Version.class, TlangCommand.ServePackage.class, TlangCommand.Debug.class, HelpCommand.class})
final class TlangCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** {@code tlang} alone: the usage, which lists every command, on stderr. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitStatus.USAGE;
    }

    @Command(name = "run", description = "Compile and run a T program on a runtime composed from a profile.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--watch", description = "Reload a module when its source file changes.")
        boolean watch;

        @Option(names = "--locked", description = "Refuse to change tlang.lock: exit 1, naming the package and what changed.")
        boolean locked;

        @Option(names = "--profile", paramLabel = "FILE.toml", description = "Runtime profile (default: profiles/default.toml).")
        Path profile;

        @Option(names = "--tier", paramLabel = "interp|jit|tiered|wasm",
                description = "Execution tier, instead of the profile's [tier] (its settings then take their defaults).")
        String tier;

        @Option(names = "--max-ms", paramLabel = "N", description = "Stop the program with `panic: deadline exceeded` after N ms.")
        long maxMs;

        @Option(names = "--max-fuel", paramLabel = "N", description = "Stop the program with `panic: out of fuel` after N calls and loop back edges.")
        long maxFuel;

        @Option(names = "--max-tasks", paramLabel = "N", description = "Panic at a spawn while N tasks of the program run.")
        int maxTasks;

        @picocli.CommandLine.ArgGroup(exclusive = false, heading = "Sandbox grants (see docs/sandbox.md):%n")
        AllowOptions allow = new AllowOptions();

        @Option(names = "--debug-port", paramLabel = "N", description = "Serve the Debug Adapter Protocol on loopback port N (0: any, printed): a client may attach while it runs.")
        Integer debugPort;

        @Parameters(index = "0", paramLabel = "FILE.t|PACKAGE", description = "A T file, or a package folder (runs its src/NAME/main.t).")
        Path file;

        @Parameters(index = "1..*", paramLabel = "ARGS")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            Map<String, String> overrides = tier == null ? Map.of() : Map.of("tier", tier);
            ShutdownSignals.claim();
            return withRuntime(profile, overrides, tlang -> {
                if (maxMs < 0 || maxFuel < 0 || maxTasks < 0) {
                    throw new IllegalArgumentException((maxMs < 0 ? "--max-ms" : maxFuel < 0 ? "--max-fuel" : "--max-tasks") + " must be positive");
                }
                ShutdownSignals.install(tlang.runtime());
                RunRequest request = new RunRequest(file, args, System.out, System.err, watch, System.in, locked)
                        .allowing(allow == null ? null : allow.grants()).limitedTo(new Limits(maxMs, maxFuel, maxTasks));
                RunResult result = debugPort == null ? tlang.runtime().run(request) : tlang.runtime().debug(request, new DebugOptions(debugPort, false, p -> {
                    System.err.println("tlang: debugger listening on 127.0.0.1:" + p + " (Debug Adapter Protocol); a client may attach");
                    System.err.flush();
                }));
                System.out.flush();
                System.err.print(Report.run(result));
                return ExitStatus.of(result);
            });
        }
    }

    @Command(name = "debug", description = "Run a T program under a debugger: a Debug Adapter Protocol server on loopback (VS Code or any DAP client).")
    static final class Debug implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "N", description = "The port the debugger listens on (default: 0, any free one; it is printed).")
        int port;

        @Option(names = "--profile", paramLabel = "FILE.toml", description = "Runtime profile (default: profiles/default.toml).")
        Path profile;

        @Option(names = "--locked", description = "Refuse to change tlang.lock.")
        boolean locked;

        @picocli.CommandLine.ArgGroup(exclusive = false, heading = "Sandbox grants (see docs/sandbox.md):%n")
        AllowOptions allow = new AllowOptions();

        @Parameters(index = "0", paramLabel = "FILE.t|PACKAGE", description = "A T file, or a package folder.")
        Path file;

        @Parameters(index = "1..*", paramLabel = "ARGS")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535");
            return withRuntime(profile, Map.of(), tlang -> {
                RunResult result = tlang.runtime().debug(new RunRequest(file, args, System.out, System.err, false, System.in, locked)
                        .allowing(allow == null ? null : allow.grants()), new DebugOptions(port, true, p -> {
                    System.err.println("tlang: debugger listening on 127.0.0.1:" + p + " (Debug Adapter Protocol); " + file
                            + " starts when a client has sent configurationDone");
                    System.err.flush();
                }));
                System.out.flush();
                System.err.print(Report.run(result));
                return ExitStatus.of(result);
            });
        }
    }

    /**
     * The child JVM of a package that runs in a process of its own ({@code [sandbox.NAME] isolation =
     * "process"}): the runtime that started it makes the program's calls of the package here, over
     * this process's standard input and output ({@link org.tlang.isolation}). Not for people.
     */
    @Command(name = "serve-package", hidden = true)
    static final class ServePackage implements Callable<Integer> {
        @Option(names = "--profile", paramLabel = "FILE.toml")
        Path profile;

        @Option(names = "--tier", paramLabel = "TIER")
        String tier;

        @picocli.CommandLine.ArgGroup(exclusive = false)
        AllowOptions allow = new AllowOptions();

        @Parameters(index = "0", paramLabel = "PACKAGE")
        Path root;

        @Override
        public Integer call() {
            // the protocol has standard output to itself: anything else printed goes to standard error
            java.io.OutputStream protocol = new java.io.FileOutputStream(java.io.FileDescriptor.out);
            System.setOut(System.err);
            Map<String, String> overrides = tier == null ? Map.of() : Map.of("tier", tier);
            return withRuntime(profile, overrides, tlang -> {
                org.tlang.isolation.PackageServer server = new org.tlang.isolation.PackageServer(System.in, protocol);
                org.tlang.api.ContextOptions options = org.tlang.api.ContextOptions.of(root)
                        .allowing(allow == null ? null : allow.grants()).printingTo(server.stdout(), server.stderr());
                try (org.tlang.api.Context context = tlang.runtime().context(options)) {
                    server.serve(context);
                } catch (java.io.IOException e) {
                    System.err.print(Report.error("the host of this package's process: " + e.getMessage()));
                    return ExitStatus.FAILED;
                }
                return ExitStatus.OK;
            });
        }
    }

    @Command(name = "test", description = "Run the test fns of a T file, or of every T file below a folder.")
    static final class Test implements Callable<Integer> {
        @Option(names = "--locked", description = "Refuse to change tlang.lock: exit 1, naming the package and what changed.")
        boolean locked;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "File or folder (default: the current folder).")
        Path path = Path.of(".");

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> {
                TestResult result = tlang.runtime().test(path, System.out, System.err, locked);
                System.err.print(Report.test(result));
                return result.ok() ? ExitStatus.OK : ExitStatus.FAILED;
            });
        }
    }

    @Command(name = "repl", description = "Enter T interactively: items, bindings and expressions, one after another.")
    static final class ReplCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            var terminal = Repl.openTerminal();
            try {
                return withRuntime(null, Map.of(), tlang -> {
                    try (ReplSession session = tlang.runtime().repl(System.out, System.err)) {
                        return Repl.run(session, terminal);
                    } catch (IOException e) {
                        System.err.print(Report.error("cannot open the terminal: " + e.getMessage()));
                        return ExitStatus.FAILED;
                    }
                });
            } finally {
                Repl.close(terminal);
            }
        }
    }

    @Command(name = "new", description = "Make a new package: NAME/t.toml and NAME/src/NAME/main.t, with a test.")
    static final class New implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The package's name (a T identifier), and its folder.")
        Path folder;

        @Override
        public Integer call() {
            return NewPackage.create(folder);
        }
    }

    @Command(name = "build", description = "Check a package and write its bundle jar, target/NAME-VERSION.jar: its sources, "
            + "its version and what it provides and requires, for a repository.")
    static final class Build implements Callable<Integer> {
        @Option(names = "--locked", description = "Refuse to change tlang.lock: exit 1, naming the package and what changed.")
        boolean locked;

        @Option(names = "--exe", description = "Instead: one executable jar of the program (a FILE.t or a package, with the packages it uses "
                + "and the runtime); `java -jar` of it runs the program with its arguments.")
        boolean exe;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE.jar", description = "With --exe: the jar to write (default: target/NAME.jar beside the program).")
        Path out;

        @Option(names = "--profile", paramLabel = "FILE.toml", description = "With --exe: the runtime profile its runs compose (default: the default profile).")
        Path profile;

        @picocli.CommandLine.ArgGroup(exclusive = false, heading = "With --exe, grants its runs get (see docs/sandbox.md):%n")
        AllowOptions allow = new AllowOptions();

        @Parameters(index = "0", arity = "0..1", paramLabel = "PACKAGE|FILE.t", description = "The package's folder (default: the current folder); with --exe, or a T file.")
        Path folder = Path.of(".");

        @Override
        public Integer call() {
            if (!exe) return withRuntime(null, Map.of(), tlang -> PackageCommands.build(tlang, folder, locked));
            Distribution dist = Distribution.locate();
            if (dist.home() == null) throw new IllegalArgumentException("build --exe needs the runtime's folder: run it with the tlang command, not from a jar");
            return withRuntime(null, Map.of(), tlang -> {
                try {
                    ExeJar.Program program = ExeJar.program(tlang.runtime(), folder, allow == null ? List.of() : allow.flags(), profile);
                    Path abs = folder.toAbsolutePath().normalize();
                    String name = abs.getFileName().toString().replaceFirst("\\.t$", "");
                    Path jar = out != null ? out : (java.nio.file.Files.isRegularFile(abs) ? abs.getParent() : abs).resolve("target").resolve(name + ".jar");
                    ExeJar.write(dist.home(), program, jar);
                    System.err.println("built " + jar + " (" + program.files().size() + " files of the program and its packages; run it with: java -jar " + jar + " [ARGS])");
                    return ExitStatus.OK;
                } catch (IOException e) {
                    System.err.print(Report.error("cannot build an executable of " + folder + ": " + e.getMessage()));
                    return ExitStatus.FAILED;
                }
            });
        }
    }

    @Command(name = "publish", description = "Build a package, sign its jar with your publisher key and add it to a repository "
            + "(a folder or a registry's URL). A version once published never changes.")
    static final class Publish implements Callable<Integer> {
        @Option(names = "--to", required = true, paramLabel = "REPOSITORY", description = "A repository folder, or http://HOST:PORT/ of a tlang registry.")
        String repository;

        @Option(names = "--key", paramLabel = "NAME|FILE.p12", description = "The publisher key (default: the only one in ~/.tlang/keys). "
                + "Its password: $TLANG_KEY_PASSWORD, or asked.")
        String key;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PACKAGE|BUNDLE.jar",
                description = "The package's folder (default: the current folder), or an OSGi bundle jar to publish as it is.")
        Path folder = Path.of(".");

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> PackageCommands.publish(tlang, folder, repository, key));
        }
    }

    @Command(name = "install", description = "Fetch the dependencies of a package that are not installed, and theirs, from a repository "
            + "into ~/.tlang/packages ($TLANG_PACKAGES): the highest versions their ranges allow, each jar checked against the index's "
            + "checksum and signed by a publisher you trust; then lock them.")
    static final class Install implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "REPOSITORY", description = "A repository folder, or http://HOST:PORT/ of a tlang registry.")
        String repository;

        @Option(names = "--locked", description = "Refuse to change tlang.lock: exit 1, naming the package and what changed.")
        boolean locked;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PACKAGE", description = "The package's folder (default: the current folder).")
        Path folder = Path.of(".");

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> PackageCommands.install(tlang, folder, repository, locked));
        }
    }

    @Command(name = "add", description = "Add a dependency to a package's t.toml, NAME@RANGE (or NAME: ^ its highest version), "
            + "and install it from a repository as tlang install does; t.toml is unchanged when that fails.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "REPOSITORY", description = "A repository folder, or http://HOST:PORT/ of a tlang registry.")
        String repository;

        @Option(names = "--locked", description = "Refuse to change tlang.lock: exit 1, naming the package and what changed.")
        boolean locked;

        @Option(names = "--package", paramLabel = "FOLDER", description = "The package's folder (default: the current folder).")
        Path folder = Path.of(".");

        @Parameters(index = "0", paramLabel = "NAME[@RANGE]", description = "geo@^1.2, geo@\"~0.3.1\", geo@\">=1, <2\", or geo.")
        String spec;

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> PackageCommands.add(tlang, folder, spec, repository, locked));
        }
    }

    @Command(name = "keys", description = "Publisher keys, which sign what you publish.", subcommands = TlangCommand.KeysNew.class)
    static final class Keys implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("usage: tlang keys new NAME [--dir FOLDER]");
            return ExitStatus.USAGE;
        }
    }

    @Command(name = "new", description = "Make a publisher key: NAME.p12 (private, to sign with) and NAME.crt (public, for those who install).")
    static final class KeysNew implements Callable<Integer> {
        @Option(names = "--dir", paramLabel = "FOLDER", description = "Where to write them (default: ~/.tlang/keys).")
        Path dir;

        @Parameters(index = "0", paramLabel = "NAME", description = "The publisher's name, as those who install see it.")
        String name;

        @Override
        public Integer call() {
            Path folder = dir != null ? dir : TlangHome.keys();
            return withRuntime(null, Map.of(), tlang -> PackageCommands.newKey(tlang, name, folder));
        }
    }

    @Command(name = "trust", description = "The publishers whose packages install here.", subcommands = TlangCommand.TrustAdd.class)
    static final class Trust implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("usage: tlang trust add FILE.crt");
            return ExitStatus.USAGE;
        }
    }

    @Command(name = "add", description = "Trust a publisher: copy their certificate into ~/.tlang/trust ($TLANG_TRUST).")
    static final class TrustAdd implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.crt")
        Path cert;

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> PackageCommands.trust(tlang, cert));
        }
    }

    @Command(name = "registry", description = "Package registries.", subcommands = {TlangCommand.RegistryServe.class, TlangCommand.RegistryList.class})
    static final class Registry implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("usage: tlang registry serve DIR [--port N] | tlang registry list REPOSITORY");
            return ExitStatus.USAGE;
        }
    }

    @Command(name = "serve", description = "Serve a repository folder over HTTP on loopback: GET /index.xml (an OSGi R5 index) "
            + "and the jars; tlang publish PUTs new ones. Runs until stopped.")
    static final class RegistryServe implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "N", description = "The port (default: 7878; 0: any free one).")
        int port = 7878;

        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> PackageCommands.serve(tlang, dir, port));
        }
    }

    @Command(name = "list", description = "List the package versions of a repository.")
    static final class RegistryList implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REPOSITORY")
        String repository;

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> PackageCommands.list(tlang, repository));
        }
    }

    @Command(name = "admin", description = "Inspect and change a running runtime: status, versions, reload [--cluster] FILE..., "
            + "patch MODULE FUNCTION FILE, rollback MODULE, swap KIND IMPL [KEY=VALUE...], install NAME[@RANGE] --from REPOSITORY, uninstall NAME, "
            + "profile --seconds N [DIR], log LEVEL [MODULE].")
    static final class Admin implements Callable<Integer> {
        @Option(names = "--pid", description = "The runtime's process id (needed when several run).")
        Long pid;

        @Option(names = "--cluster", description = "With reload: offer the new versions to every member of the runtime's cluster; all switch, or none does.")
        boolean cluster;

        @Parameters(index = "0", paramLabel = "COMMAND")
        String command;

        @Parameters(index = "1..*", paramLabel = "ARGS")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            List<String> all = new ArrayList<>(args);
            if (cluster) all.addFirst("--cluster");
            return AdminCommand.run(pid, command, all);
        }
    }

    @Command(name = "check", description = "Compile T programs and report every error; run nothing.")
    static final class Check implements Callable<Integer> {
        @Option(names = "--locked", description = "Refuse to change tlang.lock: exit 1, naming the package and what changed.")
        boolean locked;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "T files, or folders whose T files are all checked.")
        List<Path> paths;

        @Override
        public Integer call() {
            return withRuntime(null, Map.of(), tlang -> {
                Set<Diagnostic> diagnostics = new LinkedHashSet<>();
                StringBuilder errors = new StringBuilder();
                for (Path path : paths) {
                    CheckResult result = tlang.runtime().check(path, locked);
                    if (result.error() != null) errors.append(Report.error(result.error()));
                    diagnostics.addAll(result.diagnostics());
                }
                System.err.print(errors + Report.listing(List.copyOf(diagnostics)));
                boolean ok = errors.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError);
                return ok ? ExitStatus.OK : ExitStatus.FAILED;
            });
        }
    }

    @Command(name = "profile", description = "Profile a T program (CPU and allocation flamegraphs), or check a runtime profile.",
            subcommands = TlangCommand.ProfileCheck.class)
    static final class Profile implements Callable<Integer> {
        @Option(names = "--seconds", paramLabel = "N", description = "Sample for N seconds, then stop the program (default: until it ends).")
        long seconds;

        @Option(names = "--out", paramLabel = "DIR", description = "Where to write NAME.profile.html and the collapsed stacks (default: here).")
        Path out = Path.of(".");

        @Option(names = "--tier", paramLabel = "jit|tiered", description = "The tier to profile on (default: jit, so every frame is a T function).")
        String tier = "jit";

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.t|PACKAGE")
        Path file;

        @Parameters(index = "1..*", paramLabel = "ARGS")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            if (file == null) {
                System.err.println("usage: tlang profile [--seconds N] [--out DIR] FILE.t [ARGS...]\n       tlang profile check FILE.toml");
                return ExitStatus.USAGE;
            }
            return withRuntime(null, Map.of("tier", tier), tlang -> {
                try (org.tlang.profile.Profiler profiler = new org.tlang.profile.Profiler()) {
                    java.util.concurrent.FutureTask<RunResult> run = new java.util.concurrent.FutureTask<>(() ->
                            tlang.runtime().run(new RunRequest(file, args, System.out, System.err, false, System.in, false)));
                    Thread.ofPlatform().name("tlang-profiled").daemon(true).start(run);
                    RunResult result = null;
                    try {
                        result = seconds > 0 ? run.get(seconds, java.util.concurrent.TimeUnit.SECONDS) : run.get();
                    } catch (java.util.concurrent.TimeoutException e) {
                        // sampled long enough: the program stops with the runtime
                    } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    System.out.flush();
                    String name = file.getFileName().toString().replaceFirst("\\.t$", "");
                    Path html = profiler.write(out, name);
                    System.err.println("tlang: profile written to " + html + " (and " + name + ".cpu.collapsed, " + name + ".alloc.collapsed)");
                    if (result == null) return ExitStatus.OK;
                    System.err.print(Report.run(result));
                    return ExitStatus.of(result);
                } catch (IOException e) {
                    System.err.print(Report.error("cannot write the profile: " + e.getMessage()));
                    return ExitStatus.FAILED;
                }
            });
        }
    }

    @Command(name = "check", description = "A dry run of a profile: resolve every implementation and version, check every "
            + "setting, print what would start, or every error (exit status 1).")
    static final class ProfileCheck implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.toml")
        Path file;

        @Override
        public Integer call() {
            String toml = readProfile(file);
            if (toml == null) return ExitStatus.FAILED;
            Tlang tlang = boot(Distribution.locate());
            if (tlang == null) return ExitStatus.NO_RUNTIME;
            try (tlang) {
                List<String> plan = tlang.runtime().checkProfile(toml, file.toString());
                System.out.println("profile " + file + " is valid; applied, it would bind:");
                plan.forEach(line -> System.out.println("  " + line));
                return ExitStatus.OK;
            } catch (ProfileException e) {
                System.err.print(errors(e));
                return ExitStatus.FAILED;
            }
        }
    }

    /** A profile's errors, one {@code error:} line each. */
    static String errors(ProfileException e) {
        return e.getMessage().lines().map(Report::error).collect(java.util.stream.Collectors.joining());
    }

    @Command(name = "version", description = "Print the runtime's version.")
    static final class Version implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.println(LightCommands.versionLine());
            return ExitStatus.OK;
        }
    }

    interface Job {
        int run(Tlang tlang);
    }

    /** The profile's text, or null when it cannot be read (and that is reported). */
    private static String readProfile(Path profile) {
        try {
            return Files.readString(profile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.print(Report.error("cannot read profile " + profile + ": " + Unreadable.why(profile, e)));
            return null;
        }
    }

    /** A runtime booted with no subsystem bound, or null when it does not start (and that is reported). */
    private static Tlang boot(Distribution dist) {
        try {
            return Tlang.boot(dist.bundles());
        } catch (TlangException e) {
            System.err.print(Report.error(e.getMessage()));
            return null;
        }
    }

    /** @param overrides implementations chosen on the command line instead of the profile's, by kind */
    private static int withRuntime(Path profile, Map<String, String> overrides, Job job) {
        Timing timing = Timing.fromEnvironment();
        timing.mark("cli");   // the command line parsed, from main on
        Distribution dist = Distribution.locate();
        String toml;
        try {
            toml = profile != null ? readProfile(profile) : dist.defaultProfile();
        } catch (IOException e) {
            System.err.print(Report.error("cannot read the default profile: " + e.getMessage()));
            return ExitStatus.FAILED;
        }
        if (toml == null) return ExitStatus.FAILED;
        String origin = profile != null ? profile.toString() : "default.toml";
        Tlang tlang = boot(dist);
        if (tlang == null) return ExitStatus.NO_RUNTIME;
        try {
            timing.mark("boot");
            tlang.runtime().compose(toml, origin, overrides);
            timing.mark("compose");
            int status = job.run(tlang);
            timing.mark("run");
            return status;
        } catch (ProfileException e) {
            System.err.print(errors(e));
            return ExitStatus.FAILED;
        } finally {
            tlang.close();
            timing.mark("close");
        }
    }
}
