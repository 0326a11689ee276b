package org.tlang.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code tlang run [--watch] [--tier TIER] [--profile FILE.toml] FILE [ARGS...]}, the command of
 * every script and short program, parsed without picocli: building picocli's model of the whole
 * command line (annotations, reflection, proxies) cost 150-300 ms before the runtime's boot began.
 * Any other form (help, a repeated or unknown option, a missing value, {@code --}, an
 * {@code @file}) is left to picocli, so its errors and help stay the same.
 */
final class PlainRun {
    private PlainRun() {}

    /** The run this command line asks for, or null when picocli is to parse it. */
    static TlangCommand.Run parse(String[] args) {
        if (args.length < 2 || !args[0].equals("run")) return null;
        for (String arg : args) {
            if (arg.startsWith("@") || arg.equals("--")) return null;
        }
        TlangCommand.Run run = new TlangCommand.Run();
        int at = 1;
        String profile = null;
        for (; at < args.length && args[at].startsWith("-"); at++) {
            String arg = args[at];
            if (arg.equals("--watch") && !run.watch) {
                run.watch = true;
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
    static int call(TlangCommand.Run run) {
        try {
            return run.call();
        } catch (Exception e) {
            return Main.failed(e);
        }
    }
}
