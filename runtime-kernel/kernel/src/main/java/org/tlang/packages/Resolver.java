package org.tlang.packages;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.api.Diagnostic;

/**
 * Finds every package a package's program uses and checks {@code tlang.lock} against them. A
 * dependency with a {@code path} is the package in that folder; one without is the highest version
 * its range allows in the packages folder ({@code NAME-VERSION/} folders), or the locked one while
 * the range still allows it. One version of a package per program; no cycles between packages.
 *
 * <p>The lock is written when what was found differs from it (a dependency's sources changed, a
 * range the locked version no longer satisfies, a dependency added or removed); with
 * {@code locked} that is refused instead, naming the package and what changed. A package with no
 * dependencies has nothing to lock and gets no lock file.
 */
public final class Resolver {
    private final Path packagesFolder;
    private final ManifestReader reader = new ManifestReader();

    /** @param packagesFolder where dependencies without a path are looked for (it need not exist) */
    public Resolver(Path packagesFolder) {
        this.packagesFolder = packagesFolder;
    }

    /** The {@code tlang.packages} property (an executable jar's own copy), {@code $TLANG_PACKAGES}, or {@code ~/.tlang/packages}. */
    public static Path defaultFolder() {
        String property = System.getProperty("tlang.packages");
        if (property != null && !property.isBlank()) return Path.of(property).toAbsolutePath().normalize();
        String env = System.getenv("TLANG_PACKAGES");
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath().normalize();
        return Path.of(System.getProperty("user.home"), ".tlang", "packages");
    }

    /** The folder holding the package of {@code path} (a file in it, or its folder), or null. */
    public static Path packageRoot(Path path) {
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("t.toml"))) return path;
        for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("t.toml"))) return dir;
        }
        return null;
    }

    /** Reads the package at {@code root} and every package it uses; checks, and writes or refuses to change, its lock. */
    public PackageGraph resolve(Path root, boolean locked) throws PackageException {
        Manifest manifest = reader.read(root, "t.toml");
        Lockfile lock = Lockfile.read(root);
        Walk walk = new Walk(root, lock);
        Package top = new Package(manifest, "root", null);
        walk.found.put(key(top.name(), top.version()), top);
        walk.visit(manifest, new ArrayList<>(List.of(manifest.name())));
        if (!walk.errors.isEmpty()) throw new PackageException(walk.errors);
        List<Lockfile.Entry> entries = new ArrayList<>();
        for (Package p : walk.found.values()) {
            if (p != top) entries.add(new Lockfile.Entry(p.name(), p.version(), p.source(), p.checksum()));
        }
        Lockfile now = new Lockfile(entries);
        if (lock == null ? !entries.isEmpty() : !lock.equals(now)) {
            if (locked) throw new PackageException(LockChanges.between(lock, now, walk.wanted, lockText(root)));
            try {
                now.write(root);
            } catch (IOException e) {
                throw new PackageException(List.of(Diagnostic.error(Lockfile.FILE, "cannot write " + Lockfile.FILE + ": " + e.getMessage())));
            }
        }
        return new PackageGraph(top, List.copyOf(walk.found.values()), walk.edges);
    }

    /** {@code geo@1}: a package on one {@link Semver#line}, of which a program loads one version. */
    static String key(String name, Semver version) {
        return name + "@" + version.line();
    }

    private static String lockText(Path root) {
        try {
            return Files.readString(root.resolve(Lockfile.FILE));
        } catch (IOException e) {
            return null; // none, or gone since: the changes are then named without a line
        }
    }

    /** One resolution: what is found so far, and every error. */
    private final class Walk {
        final Path root;
        final Lockfile lock;
        /** By {@link #key}: two majors of a package side by side, one version of each. */
        final Map<String, Package> found = new LinkedHashMap<>();
        /** The range each package was first required with, by {@link #key} (for what --locked says). */
        final Map<String, String> wanted = new LinkedHashMap<>();
        /** For each package (by its folder), the package each of its dependencies resolved to. */
        final Map<Path, Map<String, Package>> edges = new LinkedHashMap<>();
        final List<Diagnostic> errors = new ArrayList<>();

        Walk(Path root, Lockfile lock) {
            this.root = root;
            this.lock = lock;
        }

        void visit(Manifest m, List<String> path) {
            // an installed package depends by version only: its `path`s were its author's folders
            boolean installed = m.root().toAbsolutePath().normalize().startsWith(packagesFolder.toAbsolutePath().normalize());
            for (Dependency declared : m.dependencies()) {
                Dependency d = installed && declared.path() != null ? new Dependency(declared.name(), declared.range(), null) : declared;
                String key = "dependencies." + d.name();
                if (path.contains(d.name())) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(d.name()), path.size()));
                    cycle.add(d.name());
                    errors.add(m.error(key, "'" + key + "' makes a cycle of packages: " + String.join(" -> ", cycle)
                            + " (packages may not depend on each other in a circle)"));
                    continue;
                }
                Map<String, Package> mine = edges.computeIfAbsent(m.root(), r -> new LinkedHashMap<>());
                List<Package> same = found.values().stream().filter(p -> p.name().equals(d.name())).toList();
                Package reused = same.stream().filter(p -> d.range().matches(p.version()) && (d.path() == null || d.path().equals(p.root())))
                        .findFirst().orElse(null);
                if (reused != null) {
                    mine.put(d.name(), reused);
                    continue;
                }
                Package p = d.path() != null ? local(m, d, key) : fromFolder(m, d, key);
                if (p == null) continue;
                Package clash = found.get(key(p.name(), p.version()));
                if (clash != null) {
                    if (d.path() != null && !d.path().equals(clash.root())) {
                        errors.add(m.error(key, "'" + key + "' is " + display(d.path()) + ", but " + d.name() + " " + p.version().line() + ".x is already "
                                + display(clash.root()) + " (one package of a name and major version per program)"));
                    } else {
                        errors.add(m.error(key + ".version", "'" + key + "' = \"" + d.range() + "\" is not satisfied by " + d.name() + " "
                                + clash.version() + ", which another package requires with \"" + wanted.get(key(p.name(), p.version()))
                                + "\" (one version of a package per major version per program)"));
                    }
                    continue;
                }
                found.put(key(p.name(), p.version()), p);
                wanted.put(key(p.name(), p.version()), d.range().toString());
                mine.put(d.name(), p);
                path.add(d.name());
                visit(p.manifest(), path);
                path.removeLast();
            }
        }

        private Package local(Manifest m, Dependency d, String key) {
            if (!Files.isRegularFile(d.path().resolve("t.toml"))) {
                errors.add(m.error(key, "'" + key + "': no package at " + display(d.path()) + " (no t.toml there)"));
                return null;
            }
            Manifest dm = read(d.path());
            if (dm == null) return null;
            if (!dm.name().equals(d.name())) {
                errors.add(m.error(key, "'" + key + "': the package at " + display(d.path()) + " is named `" + dm.name() + "`, not `" + d.name() + "`"));
                return null;
            }
            if (!d.range().matches(dm.version())) {
                errors.add(m.error(key + ".version", "'" + key + "' = \"" + d.range() + "\" is not satisfied by " + d.name() + " " + dm.version()
                        + " at " + display(d.path())));
                return null;
            }
            return found(dm, "path+" + display(d.path()));
        }

        private Package fromFolder(Manifest m, Dependency d, String key) {
            Map<Semver, Path> versions = new LinkedHashMap<>();
            if (Files.isDirectory(packagesFolder)) {
                try (DirectoryStream<Path> dirs = Files.newDirectoryStream(packagesFolder, d.name() + "-*")) {
                    for (Path dir : dirs) {
                        String v = dir.getFileName().toString().substring(d.name().length() + 1);
                        try {
                            if (Files.isRegularFile(dir.resolve("t.toml"))) versions.put(Semver.parse(v), dir);
                        } catch (Semver.Invalid ignored) {
                            // a folder of another package whose name starts the same way, or not a package
                        }
                    }
                } catch (IOException e) {
                    errors.add(m.error(key, "'" + key + "': cannot list " + packagesFolder + ": " + e.getMessage()));
                    return null;
                }
            }
            Semver pick = null;
            for (Lockfile.Entry pinned : lock == null ? List.<Lockfile.Entry>of() : lock.entries(d.name())) {
                if (pinned.source().equals("packages") && versions.containsKey(pinned.version()) && d.range().matches(pinned.version())) pick = pinned.version();
            }
            if (pick == null) pick = d.range().highest(versions.keySet());
            if (pick == null) {
                String seen = versions.isEmpty() ? "none there" : "found " + String.join(", ", versions.keySet().stream().sorted().map(Semver::toString).toList());
                errors.add(m.error(key, "'" + key + "': no version of " + d.name() + " matching \"" + d.range() + "\" in "
                        + packagesFolder + " (" + seen + "); give it a path (" + d.name() + " = { version = \"" + d.range()
                        + "\", path = \"../" + d.name() + "\" }) or put it there as " + d.name() + "-VERSION/"));
                return null;
            }
            Manifest dm = read(versions.get(pick));
            if (dm == null) return null;
            if (!dm.name().equals(d.name()) || !dm.version().equals(pick)) {
                errors.add(m.error(key, "'" + key + "': " + versions.get(pick) + " holds " + dm.name() + " " + dm.version() + ", not " + d.name() + " " + pick));
                return null;
            }
            return found(dm, "packages");
        }

        private Manifest read(Path dir) {
            try {
                return reader.read(dir, display(dir.resolve("t.toml")));
            } catch (PackageException e) {
                errors.addAll(e.diagnostics());
                return null;
            }
        }

        private Package found(Manifest dm, String source) {
            try {
                return new Package(dm, source, Checksum.of(dm.root()));
            } catch (IOException e) {
                errors.add(Diagnostic.error(dm.display(), "cannot read the sources of " + dm.name() + ": " + e.getMessage()));
                return null;
            }
        }

        /** A path as the lock and errors name it: relative to the locking package's folder when it can be. */
        private String display(Path p) {
            try {
                return root.relativize(p).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                return p.toString();
            }
        }
    }
}
