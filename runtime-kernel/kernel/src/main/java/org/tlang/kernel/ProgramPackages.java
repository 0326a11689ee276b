package org.tlang.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.api.Diagnostic;
import org.tlang.modules.Imports;
import org.tlang.modules.ModuleNames;
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
