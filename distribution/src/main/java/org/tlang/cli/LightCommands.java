package org.tlang.cli;

import java.util.List;

/**
 * {@code tlang version} and {@code tlang admin ...} need no framework and no picocli (whose
 * annotation scan loads some 200 classes): their plain forms are parsed here, first thing in
 * {@link Main}. Any other form (help, a malformed line, an {@code @file}) is left to picocli, so
 * its errors and help stay the same.
 */
final class LightCommands {
    /** What {@link #run} returns for a command line that is not one of the light forms. */
    static final int NOT_LIGHT = -1;

    private LightCommands() {}

    /** The exit status of a light command, or {@link #NOT_LIGHT}. */
    static int run(String[] args) {
        if (args.length == 0) return NOT_LIGHT;
        for (String arg : args) {
            if (arg.startsWith("@")) return NOT_LIGHT;   // picocli reads arguments from @files
        }
        return switch (args[0]) {
            case "version", "--version", "-V" -> args.length == 1 ? version() : NOT_LIGHT;
            case "admin" -> admin(args);
            default -> NOT_LIGHT;
        };
    }

    /** What {@code tlang version} prints: {@code tlang 0.1.0-SNAPSHOT}. */
    static String versionLine() {
        String v = LightCommands.class.getPackage().getImplementationVersion();
        return "tlang " + (v == null ? "0.1.0-SNAPSHOT" : v);
    }

    private static int version() {
        System.out.println(versionLine());
        return ExitStatus.OK;
    }

    /** {@code admin [--pid PID | --pid=PID] COMMAND [ARGS...]}, where no word after COMMAND is {@code --}. */
    private static int admin(String[] args) {
        int at = 1;
        Long pid = null;
        if (at < args.length && args[at].equals("--pid")) {
            pid = at + 1 < args.length ? pid(args[at + 1]) : null;
            at += 2;
            if (pid == null) return NOT_LIGHT;
        } else if (at < args.length && args[at].startsWith("--pid=")) {
            pid = pid(args[at].substring("--pid=".length()));
            at += 1;
            if (pid == null) return NOT_LIGHT;
        }
        if (at >= args.length || args[at].startsWith("-")) return NOT_LIGHT;
        List<String> rest = List.of(args).subList(at + 1, args.length);
        if (rest.contains("--")) return NOT_LIGHT;
        try {
            return AdminCommand.run(pid, args[at], rest);
        } catch (Exception e) {
            return Main.failed(e);
        }
    }

    /** A process id written plainly (digits, no leading zero), or null: picocli judges other forms. */
    private static Long pid(String text) {
        if (text.isEmpty() || text.length() > 18 || text.charAt(0) == '0') return null;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') return null;
        }
        return Long.parseLong(text);
    }
}
