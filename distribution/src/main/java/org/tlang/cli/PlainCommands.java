package org.tlang.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The commands of every script and short program, parsed without picocli: building picocli's model
 * of the whole command line (annotations, reflection, proxies) cost 120-300 ms before the runtime's
 * boot began. {@code tlang run [--watch] [--locked] [--allow-*] [--max-ms N] [--max-fuel N] [--max-tasks N] [--tier TIER] [--profile FILE.toml] FILE [ARGS...]},
 * {@code tlang check PATH...}, {@code tlang test [PATH]} and {@code tlang repl}. Any other form (help, a repeated or
 * unknown option, a missing value, {@code --}, an {@code @file}) is left to picocli, so its errors
 * and help stay the same.
 */
final class PlainCommands {
    private PlainCommands() {}

    /** The command this command line asks for, or null when picocli is to parse it. */
    static Callable<Integer> parse(String[] args) {
        if (args.length == 0) return null;
        for (String arg : args) {
            if (arg.startsWith("@") || arg.equals("--")) return null;
        }
        return switch (args[0]) {
            case "run" -> run(args);
            case "check" -> check(args);
            case "test" -> test(args);
            case "repl" -> args.length == 1 ? new TlangCommand.ReplCommand() : null;
            default -> null;
        };
    }

    /** {@code check PATH...}, no option. */
    private static TlangCommand.Check check(String[] args) {
        List<String> paths = List.of(args).subList(1, args.length);
        if (paths.isEmpty() || paths.stream().anyMatch(p -> p.startsWith("-"))) return null;
        TlangCommand.Check check = new TlangCommand.Check();
        check.paths = paths.stream().map(Path::of).toList();
        return check;
    }

    /** {@code test [PATH]}, no option. */
    private static TlangCommand.Test test(String[] args) {
        if (args.length > 2 || (args.length == 2 && args[1].startsWith("-"))) return null;
        TlangCommand.Test test = new TlangCommand.Test();
        if (args.length == 2) test.path = Path.of(args[1]);
        return test;
    }

    private static TlangCommand.Run run(String[] args) {
        if (args.length < 2) return null;
        TlangCommand.Run run = new TlangCommand.Run();
        int at = 1;
        String profile = null;
        for (; at < args.length && args[at].startsWith("-"); at++) {
            String arg = args[at];
            if (arg.equals("--watch") && !run.watch) {
                run.watch = true;
                continue;
            }
            if (arg.equals("--locked") && !run.locked) {
                run.locked = true;
                continue;
            }
            if (arg.startsWith("--allow-") || arg.equals("-A")) {
                if (!run.allow.take(arg)) return null;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : at + 1 < args.length ? args[++at] : null;
            if (value == null || value.isEmpty() || value.startsWith("-")) return null;
            if (name.equals("--tier") && run.tier == null) {
                run.tier = value;
            } else if (name.equals("--profile") && profile == null) {
                profile = value;
            } else if ((name.equals("--max-ms") || name.equals("--max-fuel")) && value.matches("\\d{1,18}")) {
                if (name.equals("--max-ms")) run.maxMs = Long.parseLong(value);
                else run.maxFuel = Long.parseLong(value);
            } else if (name.equals("--max-tasks") && value.matches("\\d{1,9}")) {
                run.maxTasks = Integer.parseInt(value);
            } else {
                return null;
            }
        }
        if (at >= args.length) return null;
        run.profile = profile == null ? null : Path.of(profile);
        run.file = Path.of(args[at]);
        run.args.addAll(List.of(args).subList(at + 1, args.length));
        return run;
    }

    /** Runs it as picocli would, an exception reported as its execution exception handler reports it. */
    static int call(Callable<Integer> command) {
        try {
            return command.call();
        } catch (Exception e) {
            return Main.failed(e);
        }
    }
}
