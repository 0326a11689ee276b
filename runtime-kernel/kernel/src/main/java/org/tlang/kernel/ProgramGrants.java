package org.tlang.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.api.Diagnostic;
import org.tlang.packages.Package;
import org.tlang.packages.PackageGraph;
import org.tlang.sandbox.Grants;
import org.tlang.sandbox.Sandbox;

/**
 * What each part of one program is granted: its own code (the root package, or files in no
 * package), and each dependency package, by sandbox domain ({@link PackageGraph#identity}).
 * Looked up when a capability is checked, so a dependency added while the program runs is
 * granted what the profile grants it.
 */
final class ProgramGrants {
    private final Sandbox sandbox;
    private final ProgramPackages packages;
    private final boolean testing;
    /** The grants by domain (null: the program's own code), worked out once per resolution of the graphs. */
    private volatile ByDomain byDomain;

    private record ByDomain(List<PackageGraph> graphs, Map<String, Grants> grants) {}

    /**
     * @param packages null for a program in no package
     * @param testing  for {@code tlang test}: a package under test gets what it declares (a developer
     *                 runs its tests), its dependencies what the profile grants them
     */
    ProgramGrants(Sandbox sandbox, ProgramPackages packages, boolean testing) {
        this.sandbox = sandbox;
        this.packages = packages;
        this.testing = testing;
    }

    /** The grants of the code of {@code domain}; null: the program's own code. */
    Grants of(String domain) {
        if (packages == null) return domain == null ? sandbox.script() : Grants.NONE;
        List<PackageGraph> graphs = packages.graphs();
        ByDomain b = byDomain;
        if (b == null || b.graphs() != graphs) byDomain = b = new ByDomain(graphs, byDomain(graphs));
        Grants g = b.grants().get(domain);
        return g != null ? g : domain == null ? sandbox.script() : Grants.NONE;
    }

    private Map<String, Grants> byDomain(List<PackageGraph> graphs) {
        Map<String, Grants> out = new HashMap<>();
        for (PackageGraph g : graphs) {
            Package root = g.root();
            out.putIfAbsent(null, testing ? new Grants(needs(root)) : sandbox.of(root.name(), true, needs(root)));
            for (Package p : g.packages()) {
                if (p != root) out.putIfAbsent(g.identity(p), sandbox.of(p.name(), false, needs(p)));
            }
        }
        return out;
    }

    /** Null if the code of {@code domain} may use {@code capability} on {@code target}, else what was denied. */
    String denied(String domain, String capability, String target) {
        return of(domain).denied(capability, target);
    }

    /**
     * One error for each package that declares a capability it is not granted, at its {@code t.toml};
     * and from now on, the same refusal for a dependency that a reload imports for the first time.
     */
    List<Diagnostic> refusals() {
        List<Diagnostic> out = new ArrayList<>();
        if (packages == null) return out;
        packages.refuseUngranted(p -> refusal(p, false));
        for (PackageGraph g : packages.graphs()) {
            for (Package p : g.packages()) {
                boolean root = p == g.root();
                if (root && testing) continue;
                String refused = refusal(p, root);
                if (refused != null) out.add(Diagnostic.error(p.manifest().file().toString(), refused));
            }
        }
        return out;
    }

    /** Why package {@code p} may not load for what it declares and is not granted; null if it may. */
    private String refusal(Package p, boolean root) {
        List<String> missing = sandbox.missing(p.name(), root, needs(p));
        if (missing.isEmpty()) return null;
        String how = "[sandbox." + p.name() + "] in the profile" + (root ? ", or on the command line (" + flags(missing) + ")" : "");
        return "package " + p.name() + " needs " + String.join(", ", missing) + ", which " + (missing.size() == 1 ? "is" : "are")
                + " not granted: grant " + (missing.size() == 1 ? "it" : "them") + " with " + how;
    }

    private static Map<String, List<String>> needs(Package p) {
        return p.manifest().capabilities().needs();
    }

    private static String flags(List<String> missing) {
        List<String> out = new ArrayList<>();
        for (String m : missing) {
            int space = m.indexOf(' ');
            String capability = space < 0 ? m : m.substring(0, space);
            out.add(Sandbox.FLAGS.get(capability) + (space < 0 ? "" : "=" + m.substring(space + 1)));
        }
        return String.join(" ", out);
    }
}
