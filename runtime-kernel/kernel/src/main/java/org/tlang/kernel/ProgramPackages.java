package org.tlang.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tlang.api.Diagnostic;
import org.tlang.api.PackageInfo;
import org.tlang.modules.Imports;
import org.tlang.modules.ModuleNames;
import org.tlang.packages.Dependency;
import org.tlang.packages.Lockfile;
import org.tlang.packages.Manifest;
import org.tlang.packages.ManifestReader;
import org.tlang.packages.Package;
import org.tlang.packages.PackageException;
import org.tlang.packages.PackageGraph;
import org.tlang.packages.Resolver;

/**
 * The packages of one run, test or check: the graph of each package whose files it loads, resolved
 * (and its lock checked) before anything compiles. A file in no package imports as it always did.
 * The graphs follow the {@code t.toml} files they were read from: when one has changed, the next
 * import (a reload's) resolves them again, so a dependency added while the program runs is
 * importable by a module reloaded afterwards. When they no longer resolve, the graphs before stay
 * and every import from a package is refused with why.
 */
final class ProgramPackages implements Imports {
    private final List<Path> roots;
    private final boolean locked;
    private volatile Resolved resolved;

    /** The graphs, the manifests they were read from as they were then, and what a later resolution refused. */
    private record Resolved(List<PackageGraph> graphs, Map<Path, String> stamps, String refused) {}

    private ProgramPackages(List<Path> roots, boolean locked, List<PackageGraph> graphs) {
        this.roots = roots;
        this.locked = locked;
        this.resolved = new Resolved(graphs, stamps(graphs), null);
    }

    /**
     * Resolves the package of each of {@code files} (once per package).
     *
     * @throws PackageException every error of every package (nothing should run then)
     */
    static ProgramPackages of(List<Path> files, boolean locked) throws PackageException {
        Map<Path, PackageGraph> graphs = new LinkedHashMap<>();
        List<Diagnostic> errors = new ArrayList<>();
        Resolver resolver = new Resolver(Resolver.defaultFolder());
        for (Path file : files) {
            Path root = ModuleNames.packageRoot(file);
            if (root == null || graphs.containsKey(root) || !file.startsWith(root.resolve("src"))) continue;
            try {
                graphs.put(root, resolver.resolve(root, locked));
            } catch (PackageException e) {
                graphs.put(root, null);
                errors.addAll(e.diagnostics());
            }
        }
        if (!errors.isEmpty()) throw new PackageException(errors);
        return new ProgramPackages(List.copyOf(graphs.keySet()), locked, List.copyOf(graphs.values()));
    }

    /** The graphs as the manifests are now: resolved again when one changed. */
    private Resolved current() {
        Resolved now = resolved;
        if (now.stamps().equals(stamps(now.graphs()))) return now;
        synchronized (this) {
            now = resolved;
            if (now.stamps().equals(stamps(now.graphs()))) return now;
            Resolver resolver = new Resolver(Resolver.defaultFolder());
            List<PackageGraph> graphs = new ArrayList<>();
            List<Diagnostic> errors = new ArrayList<>();
            for (Path root : roots) {
                try {
                    graphs.add(resolver.resolve(root, locked));
                } catch (PackageException e) {
                    errors.addAll(e.diagnostics());
                }
            }
            // refused: the graphs before stay, and their stamps are now's, so that this is said once per change
            resolved = errors.isEmpty() ? new Resolved(List.copyOf(graphs), stamps(graphs), null)
                    : new Resolved(now.graphs(), stamps(now.graphs()), "its packages changed and no longer resolve: "
                            + errors.stream().map(Diagnostic::render).collect(java.util.stream.Collectors.joining("; ")));
            return resolved;
        }
    }

    /** The last-modified time and size of each manifest of {@code graphs}. */
    private static Map<Path, String> stamps(List<PackageGraph> graphs) {
        Map<Path, String> stamps = new java.util.HashMap<>();
        for (PackageGraph g : graphs) {
            for (Package p : g.packages()) stamps.put(p.manifest().file(), stamp(p.manifest().file()));   // the root among them
        }
        return stamps;
    }

    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /**
     * The package at {@code root}, resolved (its lock written or, {@code locked}, checked), for
     * {@link org.tlang.api.TlangRuntime#describePackage}. When its manifest reads but its
     * dependencies do not resolve, its requirements are kept (unresolved ones with no version),
     * so that an installer can fetch what is missing.
     */
    static PackageInfo describe(Path root, boolean locked) {
        if (!Files.isRegularFile(root.resolve("t.toml"))) {
            return PackageInfo.failed(root, List.of(Diagnostic.error(root.toString(), "no t.toml in " + root + ": not a package")));
        }
        Manifest manifest;
        try {
            manifest = new ManifestReader().read(root, root.resolve("t.toml").toString());
        } catch (PackageException e) {
            return PackageInfo.failed(root, e.diagnostics());
        }
        PackageGraph graph = null;
        List<Diagnostic> errors = new ArrayList<>();
        try {
            graph = new Resolver(Resolver.defaultFolder()).resolve(root, locked);
        } catch (PackageException e) {
            errors.addAll(e.diagnostics());
        }
        List<PackageInfo.Requirement> requirements = new ArrayList<>();
        for (Dependency d : manifest.dependencies()) {
            Package chosen = graph == null ? null : graph.get(d.name());
            requirements.add(new PackageInfo.Requirement(d.name(), d.range().toString(), d.range().osgiFilter("tlang.package", d.name()),
                    chosen == null ? null : chosen.version().toString()));
        }
        return new PackageInfo(manifest.name(), manifest.version().toString(), manifest.version().osgi(), manifest.description(), root, requirements,
                manifest.capabilities().needs(), sources(root, errors), errors);
    }

    /** Every package of the graph of the package at {@code root}: it first, then the packages it uses, each with its own dependencies as resolved. */
    static List<PackageInfo> describeGraph(Path root, boolean locked) {
        PackageInfo first = describe(root, locked);
        List<PackageInfo> out = new ArrayList<>(List.of(first));
        if (!first.ok()) return out;
        PackageGraph graph;
        try {
            graph = new Resolver(Resolver.defaultFolder()).resolve(root, true);
        } catch (PackageException e) {
            return out;
        }
        for (Package p : graph.packages()) {
            if (p == graph.root()) continue;
            List<Diagnostic> errors = new ArrayList<>();
            List<PackageInfo.Requirement> requirements = new ArrayList<>();
            for (Dependency d : p.manifest().dependencies()) {
                requirements.add(new PackageInfo.Requirement(d.name(), d.range().toString(), d.range().osgiFilter("tlang.package", d.name()), null));
            }
            Manifest m = p.manifest();
            out.add(new PackageInfo(m.name(), m.version().toString(), m.version().osgi(), m.description(), p.root(), requirements,
                    m.capabilities().needs(), sources(p.root(), errors), errors));
        }
        return out;
    }

    /** What a copy of the package at {@code root} carries, relative to it: {@code t.toml}, {@code tlang.lock} if there is one, the {@code .t} files below {@code src/}. */
    private static List<Path> sources(Path root, List<Diagnostic> errors) {
        List<Path> sources = new ArrayList<>(List.of(Path.of("t.toml")));
        if (Files.isRegularFile(root.resolve(Lockfile.FILE))) sources.add(Path.of(Lockfile.FILE));
        if (Files.isDirectory(root.resolve("src"))) {
            try (Stream<Path> files = Files.walk(root.resolve("src"))) {
                files.filter(f -> f.toString().endsWith(".t") && Files.isRegularFile(f)).sorted().forEach(f -> sources.add(root.relativize(f)));
            } catch (IOException e) {
                errors.add(Diagnostic.error(root.resolve("src").toString(), "cannot list " + root.resolve("src") + ": " + e.getMessage()));
            }
        }
        return sources;
    }

    private static Imports of(Resolved r, Path importer) {
        for (PackageGraph g : r.graphs()) if (g.packageOf(importer) != null) return g;
        return Imports.SOURCE_ROOT;
    }

    @Override
    public String refusal(String module, Path importer) {
        Resolved r = current();
        Imports imports = of(r, importer);
        if (r.refused() != null && imports != Imports.SOURCE_ROOT && !module.equals("std") && !module.startsWith("std.")) return r.refused();
        String refused = imports.refusal(module, importer);
        if (refused != null || !(imports instanceof PackageGraph g)) return refused;
        // a dependency added while the program runs: refused as at start for what it declares and is not granted
        Package p = g.packageOf(g.fileOf(module, importer));
        return p == null || p == g.root() ? null : ungranted.apply(p);
    }

    /** Why a dependency may not load for the capabilities it declares (null: it may); set by the run. */
    private volatile Function<Package, String> ungranted = p -> null;

    void refuseUngranted(Function<Package, String> check) {
        this.ungranted = check;
    }

    @Override
    public Path fileOf(String module, Path importer) {
        return of(current(), importer).fileOf(module, importer);
    }

    @Override
    public String moduleName(Path file) {
        return of(current(), file).moduleName(file);
    }

    @Override
    public String domainOf(Path file) {
        return of(current(), file).domainOf(file);
    }

    /**
     * The graphs as last resolved: the same list until an import finds a manifest changed and
     * resolves them again (read on every capability check, so it reads no file).
     */
    List<PackageGraph> graphs() {
        return resolved.graphs();
    }

    @Override
    public String moduleName(String module, Path importer) {
        return of(current(), importer).moduleName(module, importer);
    }
}
