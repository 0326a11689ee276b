package org.tlang.repository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wire;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.HostedCapability;
import org.osgi.service.resolver.ResolutionException;
import org.osgi.service.resolver.ResolveContext;
import org.osgi.service.resolver.Resolver;
import org.tlang.api.PackageInfo;
import aQute.bnd.osgi.resource.CapReqBuilder;
import aQute.bnd.osgi.resource.ResourceBuilder;

/**
 * The dependency graph of a package resolved by the framework's OSGi resolver against a
 * repository's index: each package version there is a resource whose {@code tlang.package}
 * requirements (its ranges as filters) the resolver wires to the highest version that satisfies
 * them. A program loads one version of a package per major (two majors side by side), so when the
 * resolver wires two versions of one major, both are replaced by the highest version every range
 * on that major allows, and the graph is resolved again; when no version does, that conflict is
 * what is reported, naming the packages and their ranges.
 */
final class GraphResolution {
    private final Resolver resolver;
    private final RepositoryIndex index;
    private final String repository;

    GraphResolution(Resolver resolver, RepositoryIndex index, String repository) {
        this.resolver = resolver;
        this.index = index;
        this.repository = repository;
    }

    /**
     * @param requirer {@code app 0.1.0}, the package whose requirements {@code wanted} are
     * @return the versions chosen, by package name and major ({@code geo@1})
     */
    Map<String, RepositoryIndex.Entry> resolve(String requirer, List<PackageInfo.Requirement> wanted) throws IOException {
        Resource root = root(requirer, wanted);
        Map<String, RepositoryIndex.Entry> pinned = new HashMap<>();
        for (int round = 0; round <= index.entries().size(); round++) {
            Map<Resource, List<Wire>> wiring;
            try {
                wiring = resolver.resolve(new Context(root, pinned));
            } catch (ResolutionException e) {
                throw new IOException(explain(root, requirer, pinned, e), e);
            }
            Map<String, List<RepositoryIndex.Entry>> chosen = new TreeMap<>();
            for (Resource r : wiring.keySet()) {
                RepositoryIndex.Entry e = entryOf(r);
                if (e != null) chosen.computeIfAbsent(line(e), n -> new ArrayList<>()).add(e);
            }
            boolean unified = true;
            for (Map.Entry<String, List<RepositoryIndex.Entry>> c : chosen.entrySet()) {
                if (c.getValue().size() < 2) continue;
                unified = false;
                String name = c.getValue().getFirst().name();
                pinned.put(c.getKey(), oneFor(name, rangesOn(c.getKey(), wiring, requirer)));
            }
            if (unified) {
                Map<String, RepositoryIndex.Entry> result = new TreeMap<>();
                chosen.forEach((line, versions) -> result.put(line, versions.getFirst()));
                return result;
            }
        }
        throw new IOException("the dependencies of " + requirer + " did not settle on one version of each package");
    }

    /** {@code geo@1}: a package on one major (below 1.0: one minor), of which a program loads one version. */
    static String line(RepositoryIndex.Entry e) {
        return e.name() + "@" + (e.version().getMajor() > 0 ? Integer.toString(e.version().getMajor()) : "0." + e.version().getMinor());
    }

    /** Who wants the package on {@code line} in which range: {@code app 0.1.0 wants geo ^1}, from the wires the resolver made. */
    private Map<String, String> rangesOn(String line, Map<Resource, List<Wire>> wiring, String requirer) {
        Map<String, String> ranges = new LinkedHashMap<>();
        for (List<Wire> wires : wiring.values()) {
            for (Wire w : wires) {
                RepositoryIndex.Entry provider = index.of(w.getCapability());
                if (provider == null || !line(provider).equals(line)) continue;
                ranges.put(nameOf(w.getRequirer(), requirer), filterOf(w.getRequirement()) + "\u0000" + rangeOf(w.getRequirement()));
            }
        }
        return ranges;
    }

    /** The highest version of {@code name} that every one of {@code ranges} allows, or the conflict. */
    private RepositoryIndex.Entry oneFor(String name, Map<String, String> ranges) throws IOException {
        List<Filter> filters = new ArrayList<>();
        for (String r : ranges.values()) filters.add(filter(r.substring(0, r.indexOf('\u0000'))));
        for (RepositoryIndex.Entry e : index.matching(filters.getFirst())) {
            if (filters.stream().allMatch(f -> f.matches(e.attributes()))) return e;
        }
        List<String> wants = new ArrayList<>();
        ranges.forEach((who, r) -> wants.add(who + " wants " + name + " " + r.substring(r.indexOf('\u0000') + 1)));
        wants.sort(null);
        throw new IOException("conflict: " + String.join(" and ", wants) + ": no version of " + name + " in " + repository
                + " is in every one of those ranges (it has " + String.join(", ", index.versions(name)) + ")");
    }

    /**
     * Why nothing resolves: the first requirement, on the way from {@code root}, that no version in
     * the index satisfies, with who wants it; else what the resolver said.
     */
    private String explain(Resource root, String requirer, Map<String, RepositoryIndex.Entry> pinned, ResolutionException e) {
        List<Resource> todo = new ArrayList<>(List.of(root));
        for (int i = 0; i < todo.size(); i++) {
            for (Requirement req : todo.get(i).getRequirements(PackageJar.NAMESPACE)) {
                List<RepositoryIndex.Entry> providers = index.matching(filter(filterOf(req)));
                if (providers.isEmpty()) {
                    String name = String.valueOf(req.getAttributes().get("name"));
                    if (name.equals("null")) name = nameIn(filterOf(req));
                    List<String> has = index.versions(name);
                    return nameOf(todo.get(i), requirer) + " wants " + name + " " + rangeOf(req) + ": no version of " + name + " in " + repository
                            + " is in that range" + (has.isEmpty() ? " (it has no " + name + " at all)" : " (it has " + String.join(", ", has) + ")");
                }
                for (RepositoryIndex.Entry p : providers) if (!todo.contains(p.resource())) todo.add(p.resource());
            }
        }
        return "the dependencies of " + requirer + " do not resolve: " + e.getMessage();
    }

    /** A resource that stands for the package being installed: its requirements are its dependencies. */
    private static Resource root(String requirer, List<PackageInfo.Requirement> wanted) {
        ResourceBuilder root = new ResourceBuilder();
        root.addCapability(new CapReqBuilder("osgi.identity").addAttribute("osgi.identity", "tlang.install.root").addAttribute("requirer", requirer));
        for (PackageInfo.Requirement r : wanted) {
            root.addRequirement(new CapReqBuilder(PackageJar.NAMESPACE).addDirective(Namespace.REQUIREMENT_FILTER_DIRECTIVE, r.filter())
                    .addAttribute("range", r.range()).addAttribute("name", r.name()));
        }
        return root.build();
    }

    private RepositoryIndex.Entry entryOf(Resource r) {
        for (Capability c : r.getCapabilities(PackageJar.NAMESPACE)) {
            RepositoryIndex.Entry e = index.of(c);
            if (e != null) return e;
        }
        return null;
    }

    private String nameOf(Resource r, String requirer) {
        RepositoryIndex.Entry e = entryOf(r);
        return e == null ? requirer : e.toString();
    }

    private static String filterOf(Requirement r) {
        return r.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
    }

    private static String rangeOf(Requirement r) {
        Object range = r.getAttributes().get("range");
        return range != null ? range.toString() : filterOf(r);
    }

    /** {@code geo} of {@code (&(tlang.package=geo)...)}. */
    private static String nameIn(String filter) {
        int at = filter.indexOf(PackageJar.NAMESPACE + "=");
        if (at < 0) return filter;
        int from = at + PackageJar.NAMESPACE.length() + 1;
        int to = filter.indexOf(')', from);
        return to < 0 ? filter.substring(from) : filter.substring(from, to);
    }

    private static Filter filter(String text) {
        try {
            return FrameworkUtil.createFilter(text);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("not an OSGi filter: " + text, e);
        }
    }

    /** The index as the resolver sees it: package requirements only (the rest the framework resolves at install), highest version first. */
    private final class Context extends ResolveContext {
        private final Resource root;
        private final Map<String, RepositoryIndex.Entry> pinned;

        Context(Resource root, Map<String, RepositoryIndex.Entry> pinned) {
            this.root = root;
            this.pinned = pinned;
        }

        @Override
        public Collection<Resource> getMandatoryResources() {
            return List.of(root);
        }

        @Override
        public List<Capability> findProviders(Requirement requirement) {
            if (!requirement.getNamespace().equals(PackageJar.NAMESPACE)) return new ArrayList<>();
            List<Capability> providers = new ArrayList<>();
            for (RepositoryIndex.Entry e : index.matching(filter(filterOf(requirement)))) {
                RepositoryIndex.Entry only = pinned.get(line(e));
                if (only == null || only == e) providers.add(e.capability());
            }
            return providers;
        }

        @Override
        public int insertHostedCapability(List<Capability> capabilities, HostedCapability hosted) {
            capabilities.add(hosted);
            return capabilities.size() - 1;
        }

        @Override
        public boolean isEffective(Requirement requirement) {
            String effective = requirement.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
            return requirement.getNamespace().equals(PackageJar.NAMESPACE) && (effective == null || effective.equals(Namespace.EFFECTIVE_RESOLVE));
        }

        @Override
        public Map<Resource, Wiring> getWirings() {
            return Map.of();
        }
    }
}
