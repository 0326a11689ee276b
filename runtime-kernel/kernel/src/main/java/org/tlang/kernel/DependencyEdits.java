package org.tlang.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.tlang.api.Diagnostic;
import org.tlang.api.PackageInfo;
import org.tlang.packages.ManifestEdit;
import org.tlang.packages.Package;
import org.tlang.packages.PackageException;
import org.tlang.packages.PackageGraph;
import org.tlang.packages.Resolver;

/** Dependencies added to and removed from a package's {@code t.toml}, for {@code tlang add} and {@code tlang admin install|uninstall}. */
final class DependencyEdits {
    private DependencyEdits() {}

    static PackageInfo add(Path root, String name, String range) {
        Path toml = root.resolve("t.toml");
        String before;
        try {
            before = Files.readString(toml);
            Files.writeString(toml, ManifestEdit.addDependency(before, name, range));
        } catch (IOException | IllegalArgumentException e) {
            return PackageInfo.failed(root, List.of(Diagnostic.error(toml.toString(), "cannot add " + name + " to " + toml + ": " + e.getMessage())));
        }
        PackageInfo after = ProgramPackages.describe(root, false);
        if (after.name() == null) restore(toml, before);
        return after;
    }

    /** @param importerOf what of a running program uses a package (its name, its src folder), or null */
    static PackageInfo remove(Path root, String name, BiFunction<String, Path, String> importerOf) {
        Path toml = root.resolve("t.toml");
        try {
            PackageGraph graph = new Resolver(Resolver.defaultFolder()).resolve(root, false);
            Package dependency = graph.get(name);
            String user = dependency == null ? null : importerOf.apply(name, dependency.src());
            if (user != null) {
                return PackageInfo.failed(root, List.of(Diagnostic.error(toml.toString(), name + " " + dependency.version() + " is in use by the running program ("
                        + user + "): reload the modules that import it without those imports first")));
            }
        } catch (PackageException e) {
            // it does not resolve now: nothing of it can be loaded through this graph
        }
        String before;
        try {
            before = Files.readString(toml);
            Files.writeString(toml, ManifestEdit.removeDependency(before, name));
        } catch (IOException | IllegalArgumentException e) {
            return PackageInfo.failed(root, List.of(Diagnostic.error(toml.toString(), "cannot remove " + name + " from " + toml + ": " + e.getMessage())));
        }
        PackageInfo after = ProgramPackages.describe(root, false);
        if (after.name() == null) restore(toml, before);
        return after;
    }

    private static void restore(Path toml, String text) {
        try {
            Files.writeString(toml, text);
        } catch (IOException e) {
            // the error that made it necessary is the one reported
        }
    }
}
