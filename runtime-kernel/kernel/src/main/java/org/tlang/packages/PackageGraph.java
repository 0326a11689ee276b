package org.tlang.packages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.tlang.modules.Imports;
import org.tlang.modules.ModuleNames;

/**
 * The packages of one program, by name, and the rule of imports between them: a module of a
 * package imports modules of its own package, of the packages its {@code t.toml} names under
 * {@code [dependencies]} ({@code import geo.distance;} is {@code src/geo/distance.t} of dependency
 * {@code geo}), and std. The graph is acyclic ({@link Resolver} refuses a cycle), so imports between
 * packages are too.
 */
public final class PackageGraph implements Imports {
    private final Package root;
    private final Map<String, Package> byName;

    PackageGraph(Package root, Map<String, Package> byName) {
        this.root = root;
        this.byName = Map.copyOf(byName);
    }

    public Package root() {
        return root;
    }

    public Package get(String name) {
        return byName.get(name);
    }

    public Collection<Package> packages() {
        return byName.values();
    }

    /** The package whose {@code src/} holds {@code file} (the innermost one), or null. */
    public Package packageOf(Path file) {
        Package best = null;
        for (Package p : byName.values()) {
            if (file.startsWith(p.src()) && (best == null || p.src().getNameCount() > best.src().getNameCount())) best = p;
        }
        return best;
    }

    /** The dependency of {@code importer} whose name is the longest prefix of {@code module}, or null. */
    private Package dependencyFor(Package importer, String module) {
        Package best = null;
        for (Dependency d : importer.manifest().dependencies()) {
            if ((module.equals(d.name()) || module.startsWith(d.name() + ".")) && (best == null || d.name().length() > best.name().length())) {
                best = byName.get(d.name());
            }
        }
        return best;
    }

    @Override
    public String refusal(String module, Path importer) {
        Package p = packageOf(importer);
        if (p == null || module.equals("std") || module.startsWith("std.") || dependencyFor(p, module) != null) return null;
        if (Files.isRegularFile(ModuleNames.fileOf(module, importer))) return null;
        String first = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        if (first.equals(p.name()) || p.name().startsWith(first + ".")) return null;
        Package known = byName.get(first);
        String add = known != null ? first + " = \"^" + known.version() + "\"" : first + " = \"VERSION\" (or { path = \"../" + first + "\" })";
        return "module `" + module + "` is not in package `" + p.name() + "`, and `" + first + "` is not a dependency of `" + p.name()
                + "`: add `" + add + "` under [dependencies] in " + p.manifest().display();
    }

    @Override
    public Path fileOf(String module, Path importer) {
        Package p = packageOf(importer);
        Package dep = p == null ? null : dependencyFor(p, module);
        if (dep == null) return ModuleNames.fileOf(module, importer);
        return dep.src().resolve(module.replace('.', '/') + ".t");
    }
}
