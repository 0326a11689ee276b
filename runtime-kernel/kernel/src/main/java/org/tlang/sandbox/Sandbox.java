package org.tlang.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tlang.api.Limits;

/**
 * What the operator grants: per package, from the profile's {@code [sandbox.NAME]} tables, and to
 * the program run, from the command line ({@code --allow-net=127.0.0.1:*}).
 *
 * <p>A package gets what is granted to it, narrowed to what its {@code [capabilities]} declare, and
 * is refused at load when it declares more than it is granted. A file in no package run by hand
 * gets the command line's grants, or, with none given, every capability (as before the sandbox).
 *
 * @param packages  the profile's grants by package name
 * @param program   the command line's grants to the program run; null when none were given
 * @param limits    the profile's limits of each run ({@code [sandbox] max-ms}, {@code max-fuel}, {@code max-tasks})
 * @param process   {@code [sandbox] isolation = "process"}: each program runs in a child JVM of its own
 * @param isolated  the packages whose table says {@code isolation = "process"}: each runs in a child JVM of its own, the program's calls of it proxied there
 */
public record Sandbox(Map<String, Grants> packages, Grants program, Limits limits, boolean process, java.util.Set<String> isolated) {
    /** No profile grants and none on the command line. */
    public static final Sandbox DEFAULT = new Sandbox(Map.of(), null, Limits.NONE, false, java.util.Set.of());

    public Sandbox {
        packages = Map.copyOf(packages);
        isolated = java.util.Set.copyOf(isolated);
    }

    public Sandbox(Map<String, Grants> packages, Grants program, Limits limits, boolean process) {
        this(packages, program, limits, process, java.util.Set.of());
    }

    /** Whether the code of sandbox domain {@code domain} ({@code geo}, or {@code geo@2} for a second major) runs in a process of its own. */
    public boolean isolates(String domain) {
        if (domain == null || isolated.isEmpty()) return false;
        int at = domain.indexOf('@');
        return isolated.contains(at < 0 ? domain : domain.substring(0, at));
    }

    /** This sandbox with the command line's {@code grants} for the program run (null: none given). */
    public Sandbox withProgram(Grants grants) {
        return new Sandbox(packages, grants, limits, process, isolated);
    }

    /** Whether anything here grants {@code net}: an isolated program without it gets no network at all. */
    public boolean grantsNet() {
        return (program == null || program.granted().containsKey("net")) || packages.values().stream().anyMatch(g -> g.granted().containsKey("net"));
    }

    /** The grants of a file in no package, the program run. */
    public Grants script() {
        return program == null ? Grants.ALL : program;
    }

    /**
     * The grants of package {@code name} that declares {@code needs}: the profile's for it, and the
     * command line's when it is the program's own package ({@code root}), narrowed to its needs.
     */
    public Grants of(String name, boolean root, Map<String, List<String>> needs) {
        return granted(name, root).narrowedTo(needs);
    }

    /** What package {@code name} declares but is not granted, each as {@code "net 0.0.0.0:8080"}; empty if nothing. */
    public List<String> missing(String name, boolean root, Map<String, List<String>> needs) {
        return granted(name, root).uncovered(needs);
    }

    private Grants granted(String name, boolean root) {
        Grants g = packages.getOrDefault(name, Grants.NONE);
        return root && program != null ? g.with(program) : g;
    }

    /**
     * The command line's grants: each {@code capability} or {@code capability=target,target}, or
     * {@code all}, as the {@code --allow-*} flags give them ({@code fs.read=./data}).
     *
     * @throws IllegalArgumentException naming the flag and what is wrong with it
     */
    public static Grants parseFlags(List<String> flags) {
        Grants out = Grants.NONE;
        for (String flag : flags) {
            if (flag.equals("all")) {
                out = out.with(Grants.ALL);
                continue;
            }
            int eq = flag.indexOf('=');
            String capability = eq < 0 ? flag : flag.substring(0, eq);
            if (!Grants.CAPABILITIES.contains(capability)) {
                throw new IllegalArgumentException("unknown capability '" + capability + "' (capabilities: " + String.join(", ", Grants.CAPABILITIES) + ")");
            }
            List<String> targets = new ArrayList<>();
            if (eq >= 0) {
                for (String t : flag.substring(eq + 1).split(",")) {
                    String p = Grants.malformed(capability, t.trim());
                    if (p != null) throw new IllegalArgumentException(FLAGS.get(capability) + ": " + p);
                    targets.add(t.trim());
                }
            }
            out = out.with(new Grants(Map.of(capability, targets)));
        }
        return out;
    }

    /** The command-line flag that grants each capability, as Deno spells them. */
    public static final Map<String, String> FLAGS = Map.of("net", "--allow-net", "fs.read", "--allow-read", "fs.write", "--allow-write",
            "env", "--allow-env", "process", "--allow-run", "ffi", "--allow-ffi");
}
