package org.tlang.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.packages.Packages.pkg;
import static org.tlang.packages.Packages.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.Diagnostic;

class ResolverTest {
    @TempDir
    Path dir;

    private Resolver resolver() {
        return new Resolver(dir.resolve("packages"));
    }

    private List<Diagnostic> refused(Path root, boolean locked) {
        return assertThrows(PackageException.class, () -> resolver().resolve(root, locked)).diagnostics();
    }

    @Test
    void aPathDependencyIsFoundAndLocked() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { version = \"^1\", path = \"../geo\" }");
        Path geo = pkg(dir, "geo", "geo", "1.2.0");
        write(geo, "src/geo/distance.t", "pub fn d() -> Int { 1 }\n");
        PackageGraph g = resolver().resolve(app, false);
        assertEquals(Semver.parse("1.2.0"), g.get("geo").version());
        assertEquals(geo, g.get("geo").root());
        Lockfile lock = Lockfile.read(app);
        assertEquals(List.of(new Lockfile.Entry("geo", Semver.parse("1.2.0"), "path+../geo", Checksum.of(geo))), lock.packages());
        String text = Files.readString(app.resolve("tlang.lock"));
        resolver().resolve(app, true);
        assertEquals(text, Files.readString(app.resolve("tlang.lock")), "an unchanged graph leaves the lock as it is");
    }

    @Test
    void aPackageWithoutDependenciesGetsNoLock() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0");
        resolver().resolve(app, true);
        assertFalse(Files.exists(app.resolve("tlang.lock")));
    }

    @Test
    void lockedRefusesChangedSourcesAndUnlockedUpdatesTheLock() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { path = \"../geo\" }");
        Path geo = pkg(dir, "geo", "geo", "1.2.0");
        write(geo, "src/geo/distance.t", "pub fn d() -> Int { 1 }\n");
        resolver().resolve(app, false);
        String before = Files.readString(app.resolve("tlang.lock"));
        write(geo, "src/geo/distance.t", "pub fn d() -> Int { 2 }\n");
        List<Diagnostic> ds = refused(app, true);
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("tlang.lock", ds.getFirst().file());
        assertEquals(5, ds.getFirst().line(), "at the name line of geo's entry");
        assertEquals("name = \"geo\"", ds.getFirst().sourceLine());
        assertTrue(ds.getFirst().message().startsWith("--locked: tlang.lock would change: geo 1.2.0: its sources changed"), ds.getFirst().message());
        assertEquals(before, Files.readString(app.resolve("tlang.lock")), "a refusal writes nothing");
        resolver().resolve(app, false);
        assertEquals(Checksum.of(geo), Lockfile.read(app).entry("geo").checksum());
        resolver().resolve(app, true);
    }

    @Test
    void lockedRefusesAMissingLockANewAndARemovedDependency() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { path = \"../geo\" }");
        pkg(dir, "geo", "geo", "1.2.0");
        pkg(dir, "maps", "maps", "3.0.0");
        assertTrue(refused(app, true).getFirst().message().contains("there is none yet"));
        resolver().resolve(app, false);
        pkg(dir, "app", "app", "0.1.0", "maps = { path = \"../maps\" }");
        List<Diagnostic> ds = refused(app, true);
        assertEquals(2, ds.size(), ds.toString());
        assertTrue(ds.get(0).message().endsWith("maps 3.0.0 is not in it (a new dependency)"), ds.toString());
        assertTrue(ds.get(1).message().endsWith("it lists geo 1.2.0, which is no longer a dependency"), ds.toString());
    }

    @Test
    void theHighestMatchingVersionOfThePackagesFolderAndThenTheLockedOne() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = \"^1.1\"");
        for (String v : List.of("1.0.0", "1.1.0", "1.4.2", "2.0.0")) pkg(dir, "packages/geo-" + v, "geo", v);
        assertEquals(Semver.parse("1.4.2"), resolver().resolve(app, false).get("geo").version());
        pkg(dir, "packages/geo-1.5.0", "geo", "1.5.0");
        assertEquals(Semver.parse("1.4.2"), resolver().resolve(app, true).get("geo").version(), "the locked version while the range allows it");
        pkg(dir, "app", "app", "0.1.0", "geo = \"^1.5\"");
        List<Diagnostic> ds = refused(app, true);
        assertTrue(ds.getFirst().message().endsWith("geo is locked at 1.4.2, but \"^1.5\" now resolves to 1.5.0"), ds.toString());
        assertEquals(Semver.parse("1.5.0"), resolver().resolve(app, false).get("geo").version());
        assertEquals(Semver.parse("1.5.0"), Lockfile.read(app).entry("geo").version());
    }

    @Test
    void aCycleBetweenPackagesNamesItAtTheDependencyThatClosesIt() {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { path = \"../geo\" }");
        pkg(dir, "geo", "geo", "1.0.0", "app = { path = \"../app\" }");
        List<Diagnostic> ds = refused(app, false);
        assertEquals(1, ds.size(), ds.toString());
        Diagnostic d = ds.getFirst();
        assertEquals("../geo/t.toml", d.file());
        assertEquals(5, d.line());
        assertTrue(d.message().startsWith("'dependencies.app' makes a cycle of packages: app -> geo -> app"), d.message());
        assertFalse(Files.exists(app.resolve("tlang.lock")));
    }

    @Test
    void whatCannotBeFoundOrDoesNotFitIsPlacedAtItsDependency() {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { version = \"^2\", path = \"../geo\" }", "maps = { path = \"../nowhere\" }",
                "roads = \"^1\"", "rails = { path = \"../rails\" }");
        pkg(dir, "geo", "geo", "1.0.0");
        pkg(dir, "rails", "trains", "1.0.0");
        List<Diagnostic> ds = refused(app, false);
        assertEquals(4, ds.size(), ds.toString());
        assertEquals(5, ds.get(0).line());
        assertEquals(9, ds.get(0).column(), "at the range's key");
        assertEquals("'dependencies.geo' = \"^2\" is not satisfied by geo 1.0.0 at ../geo", ds.get(0).message());
        assertEquals("'dependencies.maps': no package at ../nowhere (no t.toml there)", ds.get(1).message());
        assertTrue(ds.get(2).message().startsWith("'dependencies.roads': no version of roads matching \"^1\""), ds.get(2).message());
        assertEquals("'dependencies.rails': the package at ../rails is named `trains`, not `rails`", ds.get(3).message());
    }

    @Test
    void oneVersionOfAPackagePerMajorPerProgram() {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = \"^1\"", "maps = { path = \"../maps\" }");
        pkg(dir.resolve("packages"), "geo-1.0.0", "geo", "1.0.0");
        pkg(dir.resolve("packages"), "geo-1.2.0", "geo", "1.2.0");
        pkg(dir, "maps", "maps", "1.0.0", "geo = \"=1.0.0\"");
        Diagnostic d = refused(app, false).getFirst();
        assertEquals("../maps/t.toml", d.file());
        assertEquals("'dependencies.geo' = \"=1.0.0\" is not satisfied by geo 1.2.0, which another package requires with \"^1\" "
                + "(one version of a package per major version per program)", d.message());
    }

    /** app uses geo 1.x, its dependency maps geo 2.x: both are in the graph, each package wired to its own, the second major's modules named apart. */
    @Test
    void twoMajorsSideBySideEachDependentWiredToItsOwn() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = \"^1\"", "maps = { path = \"../maps\" }");
        Path geo1 = pkg(dir.resolve("packages"), "geo-1.4.0", "geo", "1.4.0");
        Path geo2 = pkg(dir.resolve("packages"), "geo-2.1.0", "geo", "2.1.0");
        Path maps = pkg(dir, "maps", "maps", "1.0.0", "geo = \"^2\"");
        write(geo1, "src/geo/distance.t", "pub fn which() -> Str { \"1\" }\n");
        write(geo2, "src/geo/distance.t", "pub fn which() -> Str { \"2\" }\n");
        Path appMain = write(app, "src/app/main.t", "import geo.distance;\n");
        Path mapsRoute = write(maps, "src/maps/route.t", "import geo.distance;\n");
        PackageGraph g = resolver().resolve(app, false);
        assertEquals(Semver.parse("1.4.0"), g.get("geo").version(), "the root's own");
        assertEquals(geo1.resolve("src/geo/distance.t"), g.fileOf("geo.distance", appMain));
        assertEquals(geo2.resolve("src/geo/distance.t"), g.fileOf("geo.distance", mapsRoute));
        assertEquals("geo.distance", g.moduleName("geo.distance", appMain));
        assertEquals("geo@2.distance", g.moduleName("geo.distance", mapsRoute));
        assertEquals("geo@2.distance", g.moduleName(geo2.resolve("src/geo/distance.t")));
        assertEquals(List.of("1.4.0", "2.1.0"), Lockfile.read(app).entries("geo").stream().map(e -> e.version().toString()).toList());
        resolver().resolve(app, true);
    }

    @Test
    void aDependencysOwnErrorsNameItsFile() {
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { path = \"../geo\" }");
        write(dir, "geo/t.toml", "name = \"geo\"\nversion = \"one\"\n");
        Diagnostic d = refused(app, false).getFirst();
        assertEquals("../geo/t.toml", d.file());
        assertEquals(2, d.line());
    }
}
