package org.tlang.kernel;

import java.util.ArrayList;
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
 *
 * @param testing for {@code tlang test}: a package under test gets what it declares (a developer
 *                runs its tests), its dependencies what the profile grants them
 */
record ProgramGrants(Sandbox sandbox, ProgramPackages packages, boolean testing) {

    /** The grants of the code of {@code domain}; null: the program's own code. */
    Grants of(String domain) {
        for (PackageGraph g : packages == null ? List.<PackageGraph>of() : packages.graphs()) {
            if (domain == null) {
                Package root = g.root();
                return testing ? new Grants(needs(root)) : sandbox.of(root.name(), true, needs(root));
            }
            for (Package p : g.packages()) {
                if (p != g.root() && g.identity(p).equals(domain)) return sandbox.of(p.name(), false, needs(p));
            }
        }
        return domain == null ? sandbox.script() : Grants.NONE;
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
