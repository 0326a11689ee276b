package org.tlang.packages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
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
    private final List<Package> packages;
    private final Map<Path, Map<String, Package>> edges;

    /**
     * @param packages every package, the root first; of two versions of a name (two majors) the
     *                 first is the primary, whose modules keep their names
     * @param edges    for each package (by its folder), the package each of its dependencies resolved to
     */
    PackageGraph(Package root, List<Package> packages, Map<Path, Map<String, Package>> edges) {
        this.root = root;
        this.packages = List.copyOf(packages);
        this.edges = Map.copyOf(edges);
    }

    public Package root() {
        return root;
    }

    /** The version of {@code name} the root depends on, else the first of that name, or null. */
    public Package get(String name) {
        Package direct = edges.getOrDefault(root.root(), Map.of()).get(name);
        if (direct != null) return direct;
        for (Package p : packages) if (p.name().equals(name)) return p;
        return null;
    }

    public Collection<Package> packages() {
        return packages;
    }

    /** The package whose {@code src/} holds {@code file} (the innermost one), or null. */
    public Package packageOf(Path file) {
        Package best = null;
        for (Package p : packages) {
            if (file.startsWith(p.src()) && (best == null || p.src().getNameCount() > best.src().getNameCount())) best = p;
        }
        return best;
    }

    /** The dependency of {@code importer} whose name is the longest prefix of {@code module}, as it resolved for {@code importer}, or null. */
    private Package dependencyFor(Package importer, String module) {
        Dependency best = null;
        for (Dependency d : importer.manifest().dependencies()) {
            if ((module.equals(d.name()) || module.startsWith(d.name() + ".")) && (best == null || d.name().length() > best.name().length())) best = d;
        }
        return best == null ? null : edges.getOrDefault(importer.root(), Map.of()).get(best.name());
    }

    /** True for the second version of a name, loaded beside the first (another major). */
    private boolean beside(Package p) {
        for (Package q : packages) if (q.name().equals(p.name())) return q != p;
        return false;
    }

    /**
     * How the program names the module in {@code file}: as {@link ModuleNames#moduleName} does,
     * but for a package loaded beside another version of itself with its major after the first
     * segment ({@code geo@2.distance}), so that each version is a module of its own, with its own
     * state and types.
     */
    @Override
    public String moduleName(Path file) {
        String plain = ModuleNames.moduleName(file);
        Package p = packageOf(file);
        if (p == null || !beside(p)) return plain;
        int dot = plain.indexOf('.');
        return dot < 0 ? plain + "@" + p.version().line() : plain.substring(0, dot) + "@" + p.version().line() + plain.substring(dot);
    }

    @Override
    public String domainOf(Path file) {
        Package p = packageOf(file);
        return p == null || p == root ? null : identity(p);
    }

    /** How the program names package {@code p}: its name, with its major after it when it is loaded beside another major ({@code geo@2}). */
    public String identity(Package p) {
        return beside(p) ? p.name() + "@" + p.version().line() : p.name();
    }

    @Override
    public String moduleName(String module, Path importer) {
        Package p = packageOf(importer);
        Package dep = p == null ? null : dependencyFor(p, module);
        return dep == null ? module : moduleName(fileOf(module, importer));
    }

    @Override
    public String refusal(String module, Path importer) {
        Package p = packageOf(importer);
        if (p == null || module.equals("std") || module.startsWith("std.") || dependencyFor(p, module) != null) return null;
        if (Files.isRegularFile(ModuleNames.fileOf(module, importer))) return null;
        String first = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        if (first.equals(p.name()) || p.name().startsWith(first + ".")) return null;
        Package known = get(first);
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
