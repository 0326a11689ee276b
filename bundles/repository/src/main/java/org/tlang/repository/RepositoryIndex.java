package org.tlang.repository;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.resource.Capability;
import org.osgi.resource.Resource;
import aQute.bnd.osgi.repository.XMLResourceParser;

/** A repository's {@code index.xml}, read by bnd: each package version with where its jar is and its checksum. */
final class RepositoryIndex {
    /**
     * One package version.
     *
     * @param attributes its {@code tlang.package} capability's attributes, for filters
     * @param url        its jar, resolved against the repository
     * @param sha256     the jar's checksum, lower-case hex
     * @param resource   the index's resource for it, with its requirements, for the OSGi resolver
     * @param capability its {@code tlang.package} capability, or a Java bundle's {@code osgi.identity}
     */
    record Entry(String name, String semver, Version version, Map<String, Object> attributes, URI url, String sha256, Resource resource,
                 Capability capability, boolean bundle) {

        /** {@code geo 1.3.0} */
        @Override
        public String toString() {
            return name + " " + semver;
        }
    }

    private final List<Entry> entries;

    private RepositoryIndex(List<Entry> entries) {
        this.entries = entries;
    }

    static RepositoryIndex parse(InputStream in, URI base, String repository) throws IOException {
        List<Resource> resources;
        try {
            resources = XMLResourceParser.getResources(in, base);
        } catch (Exception e) {
            throw new IOException("the index of " + repository + " is not an OSGi repository index: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (Resource r : resources) {
            List<Capability> contents = r.getCapabilities("osgi.content");
            boolean bundle = r.getCapabilities(PackageJar.NAMESPACE).isEmpty();
            List<Capability> named = bundle ? r.getCapabilities("osgi.identity") : r.getCapabilities(PackageJar.NAMESPACE);
            if (named.isEmpty() || contents.isEmpty()) continue;
            // the version as the framework's own type, whatever type the parser gave it, so that filters compare versions
            Map<String, Object> attrs = new java.util.HashMap<>(named.getFirst().getAttributes());
            Version version = Version.parseVersion(String.valueOf(attrs.get("version")));
            attrs.put("version", version);
            Map<String, Object> content = contents.getFirst().getAttributes();
            String name = String.valueOf(attrs.get(bundle ? "osgi.identity" : PackageJar.NAMESPACE));
            entries.add(new Entry(name, bundle ? version.toString() : String.valueOf(attrs.get("semver")), version, attrs,
                    base.resolve(String.valueOf(content.get("url"))), String.valueOf(content.get("osgi.content")).toLowerCase(java.util.Locale.ROOT),
                    r, named.getFirst(), bundle));
        }
        entries.sort(Comparator.comparing(Entry::name).thenComparing(Entry::version));
        return new RepositoryIndex(List.copyOf(entries));
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry of the package capability {@code c}, or null. */
    Entry of(Capability c) {
        for (Entry e : entries) if (e.capability().equals(c)) return e;
        return null;
    }

    /** Every version that {@code filter} accepts, highest first. */
    List<Entry> matching(Filter filter) {
        return entries.stream().filter(e -> filter.matches(e.attributes())).sorted(Comparator.comparing(Entry::version).reversed()).toList();
    }

    /** The highest version that {@code filter} (an OSGi filter on the capability) accepts, or null. */
    Entry best(String filter) throws IOException {
        Filter f;
        try {
            f = FrameworkUtil.createFilter(filter);
        } catch (InvalidSyntaxException e) {
            throw new IOException("not an OSGi filter: " + filter, e);
        }
        Entry best = null;
        for (Entry e : entries) if (f.matches(e.attributes()) && (best == null || e.version().compareTo(best.version()) > 0)) best = e;
        return best;
    }

    /** The versions of {@code name} it has, lowest first. */
    List<String> versions(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).map(Entry::semver).toList();
    }
}
