package org.tlang.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The sandbox grants of {@code tlang run}, spelled as Deno spells them: each flag alone grants the
 * capability on every target, with {@code =TARGET,TARGET} only on those.
 */
final class AllowOptions {
    @Option(names = "--allow-net", arity = "0..1", fallbackValue = "", paramLabel = "HOST:PORT,..",
            description = "Grant net (bind and connect), on these host:port patterns only if given (127.0.0.1:*, *:443).")
    String net;

    @Option(names = "--allow-read", arity = "0..1", fallbackValue = "", paramLabel = "PATH,..", description = "Grant fs.read, below these paths only if given.")
    String read;

    @Option(names = "--allow-write", arity = "0..1", fallbackValue = "", paramLabel = "PATH,..", description = "Grant fs.write, below these paths only if given.")
    String write;

    @Option(names = "--allow-env", arity = "0..1", fallbackValue = "", paramLabel = "NAME,..", description = "Grant env, these variables only if given (a trailing * matches any rest).")
    String env;

    @Option(names = "--allow-run", arity = "0..1", fallbackValue = "", paramLabel = "PROGRAM,..", description = "Grant process (start programs), these only if given.")
    String run;

    @Option(names = "--allow-ffi", arity = "0..1", fallbackValue = "", paramLabel = "LIBRARY,..", description = "Grant ffi, these libraries only if given.")
    String ffi;

    @Option(names = {"-A", "--allow-all"}, description = "Grant every capability on every target.")
    boolean all;

    /**
     * {@code args} with each bare {@code --allow-X} of {@code run} written {@code --allow-X=}: a grant
     * takes its targets only after {@code =}, as Deno's do, so {@code --allow-net app.t} grants net
     * rather than taking the file for the targets.
     */
    static String[] attached(String[] args) {
        String[] out = args.clone();
        if (args.length == 0 || !args[0].equals("run")) return out;
        for (int i = 1; i < out.length && out[i].startsWith("-"); i++) {
            if (out[i].startsWith("--allow-") && !out[i].contains("=") && !out[i].equals("--allow-all")) out[i] = out[i] + "=";
        }
        return out;
    }

    /** Takes {@code arg} ({@code --allow-net}, {@code --allow-read=./data}, {@code -A}); false if it is no grant flag or one given twice. */
    boolean take(String arg) {
        if (arg.equals("-A") || arg.equals("--allow-all")) {
            if (all) return false;
            all = true;
            return true;
        }
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        String value = eq < 0 ? "" : arg.substring(eq + 1);
        switch (name) {
            case "--allow-net" -> { if (net != null) return false; net = value; }
            case "--allow-read" -> { if (read != null) return false; read = value; }
            case "--allow-write" -> { if (write != null) return false; write = value; }
            case "--allow-env" -> { if (env != null) return false; env = value; }
            case "--allow-run" -> { if (run != null) return false; run = value; }
            case "--allow-ffi" -> { if (ffi != null) return false; ffi = value; }
            default -> { return false; }
        }
        return true;
    }

    /** The grants as {@link org.tlang.api.RunRequest#allow} takes them; null when no flag was given. */
    List<String> grants() {
        List<String> out = new ArrayList<>();
        add(out, "net", net);
        add(out, "fs.read", read);
        add(out, "fs.write", write);
        add(out, "env", env);
        add(out, "process", run);
        add(out, "ffi", ffi);
        if (all) out.add("all");
        return out.isEmpty() ? null : out;
    }

    /** The flags as given ({@code --allow-net=127.0.0.1:*}, {@code --allow-env=}, {@code --allow-all}), for a command line made later. */
    List<String> flags() {
        List<String> out = new ArrayList<>();
        String[][] given = {{"--allow-net", net}, {"--allow-read", read}, {"--allow-write", write}, {"--allow-env", env}, {"--allow-run", run}, {"--allow-ffi", ffi}};
        for (String[] g : given) if (g[1] != null) out.add(g[0] + "=" + g[1]);
        if (all) out.add("--allow-all");
        return out;
    }

    private static void add(List<String> out, String capability, String targets) {
        if (targets != null) out.add(targets.isEmpty() ? capability : capability + "=" + targets);
    }
}
