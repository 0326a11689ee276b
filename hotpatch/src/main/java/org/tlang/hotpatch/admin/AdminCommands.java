package org.tlang.hotpatch.admin;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tlang.api.BoundSubsystem;
import org.tlang.api.ProfileException;
import org.tlang.api.ReloadOutcome;
import org.tlang.api.Report;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.hotpatch.cluster.ClusterReloads;
import org.tlang.hotpatch.reload.Reloader;
import org.tlang.hotpatch.reload.Reloaders;
import org.tlang.spi.log.LogControl;
import org.tlang.spi.program.RunningProgram;

/**
 * One admin request: its first line is the command and its arguments separated by tabs; what
 * follows is the payload (a patch's new definition). The answer is an exit status and text.
 */
final class AdminCommands {
    static final String USAGE = "commands: status | versions | reload [--cluster] FILE... | patch MODULE FUNCTION (definition as payload)"
            + " | rollback MODULE | swap KIND IMPL [KEY=VALUE...] | apply NAME (profile as payload)"
            + " | install NAME[@RANGE] --from REPOSITORY | uninstall NAME | profile SECONDS FOLDER | log LEVEL [MODULE]";

    record Answer(int status, String text) {}

    private final TlangRuntime runtime;
    private final List<RunningProgram> programs;
    private final Reloaders reloaders;
    private final PackageInstalls packages;
    /** The host's logging, or null when it has none that levels can be set on. */
    private final LogControl log;
    private final ClusterReloads cluster;

    AdminCommands(TlangRuntime runtime, List<RunningProgram> programs, Reloaders reloaders, PackageInstalls packages, LogControl log,
                  ClusterReloads cluster) {
        this.cluster = cluster;
        this.runtime = runtime;
        this.programs = programs;
        this.reloaders = reloaders;
        this.packages = packages;
        this.log = log;
    }

    Answer handle(String request) {
        int newline = request.indexOf('\n');
        String head = newline < 0 ? request : request.substring(0, newline);
        String payload = newline < 0 ? "" : request.substring(newline + 1);
        List<String> words = Arrays.stream(head.split("\t")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) return new Answer(2, USAGE + "\n");
        List<String> args = words.subList(1, words.size());
        return switch (words.getFirst()) {
            case "status" -> status();
            case "versions" -> withProgram(p -> ok(String.join("\n", p.versions()) + "\n"));
            case "reload" -> args.isEmpty() ? usage()
                    : args.getFirst().equals("--cluster") ? args.size() == 1 ? usage() : withRunning(p -> reloadCluster(p, args.subList(1, args.size())))
                    : withProgram(p -> reload(p, args));
            case "patch" -> args.size() != 2 ? usage() : withProgram(p -> outcome(p.patch(args.get(0), args.get(1), payload)));
            case "rollback" -> args.size() != 1 ? usage() : withProgram(p -> outcome(p.rollback(args.getFirst())));
            case "swap" -> args.size() < 2 ? usage() : swap(args);
            case "apply" -> args.size() != 1 ? usage() : apply(args.getFirst(), payload);
            case "install" -> args.size() != 3 || !args.get(1).equals("--from") ? usage()
                    : withRunning(p -> packages.install(p, args.get(0), args.get(2)));
            case "uninstall" -> args.size() != 1 ? usage() : withRunning(p -> packages.uninstall(p, args.getFirst()));
            case "profile" -> args.size() != 2 ? usage() : profile(args.get(0), args.get(1));
            case "log" -> args.isEmpty() || args.size() > 2 ? usage() : log(args.get(0), args.size() == 2 ? args.get(1) : null);
            default -> new Answer(2, "unknown command '" + words.getFirst() + "'; " + USAGE + "\n");
        };
    }

    /**
     * Sets the log level of T module {@code module} (null: of T modules without a level of their
     * own) at once, and answers the level before and after.
     */
    private Answer log(String level, String module) {
        if (log == null) return new Answer(1, "log: this runtime's host has no logging backend whose levels can be set\n");
        String who = module == null ? "T modules" : module;
        try {
            String before = log.setLevel(module, level);
            return ok("log level of " + who + ": " + before + " -> " + log.level(module) + "\n");
        } catch (IllegalArgumentException e) {
            return new Answer(2, "log: " + e.getMessage() + "\n");
        }
    }

    /** Samples this runtime for {@code seconds} and writes the profile of its program (or of the runtime) into {@code folder}. */
    private Answer profile(String seconds, String folder) {
        long s;
        try {
            s = Long.parseLong(seconds);
        } catch (NumberFormatException e) {
            s = -1;
        }
        if (s < 1 || s > 3600) return new Answer(2, "profile: SECONDS must be 1 to 3600, not '" + seconds + "'\n");
        String name = programs.size() == 1 ? programs.getFirst().mainFile().getFileName().toString().replaceFirst("\\.t$", "") : "runtime";
        try (org.tlang.profile.Profiler profiler = new org.tlang.profile.Profiler()) {
            Thread.sleep(Duration.ofSeconds(s));
            Path html = profiler.write(Path.of(folder), name);
            return ok("profile of " + s + " s written to " + html + " (and " + name + ".cpu.collapsed, " + name + ".alloc.collapsed)\n");
        } catch (java.io.IOException e) {
            return new Answer(1, "profile: cannot write into " + folder + ": " + e.getMessage() + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(1, "profile: interrupted\n");
        }
    }

    private Answer status() {
        StringBuilder sb = new StringBuilder();
        sb.append("tlang ").append(runtime.version()).append(", pid ").append(ProcessHandle.current().pid()).append('\n');
        sb.append("bindings: ").append(runtime.bindings().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        for (BoundSubsystem s : runtime.subsystems()) {
            sb.append(s.kind()).append(": ").append(s.implementation()).append(' ').append(s.version());
            if (!s.settings().isEmpty()) sb.append(", settings ").append(pairs(s.settings()));
            if (!s.metrics().isEmpty()) sb.append(", metrics ").append(pairs(s.metrics()));
            sb.append('\n');
            for (String line : s.details()) sb.append("  ").append(line).append('\n');
        }
        for (RunningProgram p : programs) {
            sb.append("program: ").append(p.mainFile()).append(" (").append(p.sources().size()).append(" modules)\n");
        }
        return ok(sb.toString());
    }

    /**
     * Applies a changed profile as one transaction ({@link TlangRuntime#compose}: the kinds that
     * change start first, then all switch; a failure rolls every one back) and answers the diff.
     */
    private Answer apply(String origin, String profile) {
        List<BoundSubsystem> was = runtime.subsystems();
        try {
            runtime.compose(profile, origin);
        } catch (ProfileException e) {
            return new Answer(1, e.getMessage().lines().map(Report::error).collect(Collectors.joining()) + "nothing changed\n");
        }
        StringBuilder diff = new StringBuilder();
        for (BoundSubsystem now : runtime.subsystems()) {
            BoundSubsystem old = was.stream().filter(b -> b.kind().equals(now.kind())).findFirst().orElse(null);
            if (old != null && old.implementation().equals(now.implementation()) && old.version().equals(now.version())
                    && old.settings().equals(now.settings())) continue;
            diff.append(now.kind()).append(": ").append(old == null ? "(none)" : describe(old)).append(" -> ").append(describe(now)).append('\n');
        }
        return ok(diff.isEmpty() ? "applied " + origin + ": no change\n" : "applied " + origin + "\n" + diff);
    }

    private static String describe(BoundSubsystem s) {
        return s.implementation() + " " + s.version() + (s.settings().isEmpty() ? "" : " (" + pairs(s.settings()) + ")");
    }

    /** {@code a=1 b=2}, in the map's order. */
    private static String pairs(Map<String, ?> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** Reloads the files' modules as one transaction. */
    private Answer reload(Reloader program, List<String> files) {
        return outcome(program.reload(files.stream().map(Path::of).toList()));
    }

    /** Offers the files' modules to every member of the cluster: all switch, or none does. */
    private Answer reloadCluster(RunningProgram program, List<String> files) {
        ClusterReloads.Decision decision = cluster.offer(program, files.stream().map(Path::of).toList());
        return new Answer(decision.committed() ? 0 : 1, decision.report());
    }

    private Answer swap(List<String> args) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String kv : args.subList(2, args.size())) {
            int eq = kv.indexOf('=');
            if (eq <= 0) return new Answer(2, "a setting is KEY=VALUE, not '" + kv + "'\n");
            String text = kv.substring(eq + 1);
            if (text.matches("-?\\d+") && new BigInteger(text).bitLength() >= Long.SIZE) {
                return new Answer(2, "setting '" + kv + "': the number is too big (at most " + Long.MAX_VALUE + ")\n");
            }
            settings.put(kv.substring(0, eq), value(text));
        }
        SwapResult result = runtime.swap(args.get(0), args.get(1), settings, Duration.ofSeconds(10));
        return new Answer(result.swapped() ? 0 : 1, result.message() + "\n");
    }

    /** Numbers and booleans as the profile reader gives them; anything else is text. */
    private static Object value(String text) {
        if (text.matches("-?\\d+")) return Long.parseLong(text);
        if (text.matches("-?\\d+\\.\\d+")) return Double.parseDouble(text);
        if (text.equals("true") || text.equals("false")) return Boolean.parseBoolean(text);
        return text;
    }

    private Answer withRunning(Function<RunningProgram, Answer> action) {
        Answer refused = notOneProgram();
        return refused != null ? refused : action.apply(programs.getFirst());
    }

    private Answer withProgram(Function<Reloader, Answer> action) {
        Answer refused = notOneProgram();
        return refused != null ? refused : action.apply(reloaders.of(programs.getFirst()));
    }

    /** Why the admin channel cannot act on a program now, or null when exactly one runs. */
    private Answer notOneProgram() {
        if (programs.isEmpty()) return new Answer(1, "no program is running in this runtime\n");
        if (programs.size() > 1) {
            return new Answer(1, "several programs run here: " + programs.stream().map(p -> p.mainFile().toString())
                    .collect(Collectors.joining(", ")) + "; the admin channel serves one\n");
        }
        return null;
    }

    private static Answer outcome(ReloadOutcome outcome) {
        return new Answer(outcome.applied() ? 0 : 1, Report.reload(outcome));
    }

    private static Answer ok(String text) {
        return new Answer(0, text);
    }

    private static Answer usage() {
        return new Answer(2, USAGE + "\n");
    }
}
