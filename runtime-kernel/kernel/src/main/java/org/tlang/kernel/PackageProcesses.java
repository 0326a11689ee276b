package org.tlang.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.modules.IsolatedPackage;
import org.tlang.modules.ModuleRegistry;
import org.tlang.packages.Package;
import org.tlang.packages.PackageGraph;
import org.tlang.runtime.ProgramIo;
import org.tlang.sandbox.Grants;
import org.tlang.sandbox.Sandbox;

/** The packages of one program that run in processes of their own ({@link PackageProcess}), one per sandbox domain, made when first loaded. */
final class PackageProcesses implements AutoCloseable {
    private final Sandbox sandbox;
    private final ProgramPackages packages;
    private final ProgramGrants grants;
    private final String profile;
    private final Map<String, String> overrides;
    private final ProgramIo io;
    private final Map<String, PackageProcess> byDomain = new ConcurrentHashMap<>();

    PackageProcesses(Sandbox sandbox, ProgramPackages packages, ProgramGrants grants, String profile, Map<String, String> overrides, ProgramIo io) {
        this.sandbox = sandbox;
        this.packages = packages;
        this.grants = grants;
        this.profile = profile;
        this.overrides = overrides;
        this.io = io;
    }

    /** The process of the package of {@code domain}, if the profile isolates it; else null. */
    IsolatedPackage of(String domain, ModuleRegistry registry) {
        if (packages == null || !sandbox.isolates(domain)) return null;
        Path root = rootOf(domain);
        if (root == null) return null;
        return byDomain.computeIfAbsent(domain, d -> new PackageProcess(d, root, flags(grants.of(d)), profile, overrides, io, registry));
    }

    private Path rootOf(String domain) {
        for (PackageGraph g : packages.graphs()) {
            for (Package p : g.packages()) if (p != g.root() && g.identity(p).equals(domain)) return p.root();
        }
        return null;
    }

    /** Grants as the command line gives them: {@code env}, {@code net=127.0.0.1:*,10.0.0.1:80}. */
    private static List<String> flags(Grants g) {
        List<String> out = new ArrayList<>();
        g.granted().forEach((capability, targets) -> out.add(targets.isEmpty() ? capability : capability + "=" + String.join(",", targets)));
        return out;
    }

    @Override
    public void close() {
        byDomain.values().forEach(PackageProcess::close);
    }
}
