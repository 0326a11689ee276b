package org.tlang.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
final class ProgramPackages implements Imports {
    private final List<PackageGraph> graphs;

    private ProgramPackages(List<PackageGraph> graphs) {
        this.graphs = graphs;
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
        return new ProgramPackages(List.copyOf(graphs.values()));
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
        List<Path> sources = new ArrayList<>(List.of(Path.of("t.toml")));
        if (Files.isRegularFile(root.resolve(Lockfile.FILE))) sources.add(Path.of(Lockfile.FILE));
        if (Files.isDirectory(root.resolve("src"))) {
            try (Stream<Path> files = Files.walk(root.resolve("src"))) {
                files.filter(f -> f.toString().endsWith(".t") && Files.isRegularFile(f)).sorted().forEach(f -> sources.add(root.relativize(f)));
            } catch (IOException e) {
                errors.add(Diagnostic.error(root.resolve("src").toString(), "cannot list " + root.resolve("src") + ": " + e.getMessage()));
            }
        }
        return new PackageInfo(manifest.name(), manifest.version().toString(), manifest.version().osgi(), manifest.description(), root, requirements,
                manifest.capabilities().needs(), sources, errors);
    }

    private Imports of(Path importer) {
        for (PackageGraph g : graphs) if (g.packageOf(importer) != null) return g;
        return Imports.SOURCE_ROOT;
    }

    @Override
    public String refusal(String module, Path importer) {
        return of(importer).refusal(module, importer);
    }

    @Override
    public Path fileOf(String module, Path importer) {
        return of(importer).fileOf(module, importer);
    }
}
