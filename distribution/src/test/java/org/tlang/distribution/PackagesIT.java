package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.distribution.CommandLineIT.tlang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.distribution.CommandLineIT.Result;

/** Packages through the real {@code tlang} command: app depending on geo by path, the lock, --locked, tlang new. */
class PackagesIT {
    @TempDir
    Path temp;

    private Path write(String rel, String text) throws IOException {
        Path p = temp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** {@code app} 0.1.0 depends on {@code geo} ^1 at ../geo; geo computes a distance. */
    private Path twoPackages() throws IOException {
        write("geo/t.toml", "name = \"geo\"\nversion = \"1.3.0\"\n");
        write("geo/src/geo/distance.t", """
                pub fn manhattan(x: Int, y: Int) -> Int { x.abs() + y.abs() }
                """);
        write("app/t.toml", """
                name = "app"
                version = "0.1.0"

                [dependencies]
                geo = { version = "^1", path = "../geo" }
                """);
        return write("app/src/app/main.t", """
                import geo.distance;
                fn main() { println("distance: {distance.manhattan(-3, 4)}"); }
                """);
    }

    @Test
    void appRunsWhatGeoComputesOnEveryTierAndLocksIt() throws Exception {
        Path main = twoPackages();
        assertEquals(new Result(0, "distance: 7\n", ""), tlang("run", main.toString()));
        String lock = Files.readString(temp.resolve("app/tlang.lock"));
        assertTrue(lock.contains("name = \"geo\"\nversion = \"1.3.0\"\nsource = \"path+../geo\"\nchecksum = \"sha256:"), lock);
        for (String tier : new String[] {"interp", "jit"}) {
            assertEquals(new Result(0, "distance: 7\n", ""), tlang("run", "--locked", "--tier", tier, main.toString()), tier);
        }
        assertEquals(lock, Files.readString(temp.resolve("app/tlang.lock")));
        assertEquals(0, tlang("check", "--locked", temp.resolve("app").toString()).status());
    }

    /** Without a path, a dependency comes from ~/.tlang/packages/NAME-VERSION/ (user.home moved into the test's folder). */
    @Test
    void theHighestVersionOfThePackagesFolderAndThenTheLockedOne() throws Exception {
        for (String v : new String[] {"1.0.0", "1.2.0", "2.0.0"}) {
            write(".tlang/packages/geo-" + v + "/t.toml", "name = \"geo\"\nversion = \"" + v + "\"\n");
            write(".tlang/packages/geo-" + v + "/src/geo/distance.t", "pub fn which() -> Str { \"" + v + "\" }\n");
        }
        write("app/t.toml", "name = \"app\"\nversion = \"0.1.0\"\n\n[dependencies]\ngeo = \"^1\"\n");
        Path main = write("app/src/app/main.t", "import geo.distance;\nfn main() { println(distance.which()); }\n");
        List<String> command = CommandLineIT.launcher("-Duser.home=" + temp);
        command.addAll(List.of("run", main.toString()));
        assertEquals(new Result(0, "1.2.0\n", ""), CommandLineIT.exec(command));
        assertTrue(Files.readString(temp.resolve("app/tlang.lock")).contains("version = \"1.2.0\"\nsource = \"packages\""));
        write(".tlang/packages/geo-1.3.0/t.toml", "name = \"geo\"\nversion = \"1.3.0\"\n");
        write(".tlang/packages/geo-1.3.0/src/geo/distance.t", "pub fn which() -> Str { \"1.3.0\" }\n");
        assertEquals(new Result(0, "1.2.0\n", ""), CommandLineIT.exec(command), "the locked version while the range allows it");
    }

    @Test
    void lockedRefusesAChangedDependencyAndNothingRuns() throws Exception {
        Path main = twoPackages();
        assertEquals(0, tlang("run", main.toString()).status());
        String lock = Files.readString(temp.resolve("app/tlang.lock"));
        write("geo/src/geo/distance.t", "pub fn manhattan(x: Int, y: Int) -> Int { x + y }\n");
        Result refused = tlang("run", "--locked", main.toString());
        assertEquals(1, refused.status(), refused.err());
        assertEquals("", refused.out(), "nothing ran");
        assertTrue(refused.err().contains("--locked: tlang.lock would change: geo 1.3.0: its sources changed"), refused.err());
        assertEquals(lock, Files.readString(temp.resolve("app/tlang.lock")));
        Result test = tlang("test", "--locked", temp.resolve("app").toString());
        assertEquals(1, test.status(), test.err());
        assertTrue(test.err().contains("geo 1.3.0: its sources changed"), test.err());
        // without --locked the lock follows the change
        assertEquals(new Result(0, "distance: 1\n", ""), tlang("run", main.toString()));
        assertFalse(lock.equals(Files.readString(temp.resolve("app/tlang.lock"))));
        assertEquals(0, tlang("run", "--locked", main.toString()).status());
    }

    @Test
    void aCycleBetweenPackagesIsAnErrorAtItsDependency() throws Exception {
        Path main = twoPackages();
        write("geo/t.toml", "name = \"geo\"\nversion = \"1.3.0\"\n\n[dependencies]\napp = { path = \"../app\" }\n");
        Result r = tlang("run", main.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("error: 'dependencies.app' makes a cycle of packages: app -> geo -> app"), r.err());
        assertTrue(r.err().contains("--> ../geo/t.toml:5:1"), r.err());
        assertFalse(r.err().contains("\tat "), "no Java trace: " + r.err());
    }

    @Test
    void anUndeclaredImportIsAnErrorAtTheImport() throws Exception {
        twoPackages();
        write("app/t.toml", "name = \"app\"\nversion = \"0.1.0\"\n");
        Path main = temp.resolve("app/src/app/main.t");
        Result r = tlang("check", main.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("error: module `geo.distance` is not in package `app`, and `geo` is not a dependency of `app`: add"), r.err());
        assertTrue(r.err().contains("--> src/app/main.t:1:1"), r.err());
    }

    @Test
    void aBadManifestNamesItsKeyAndLine() throws Exception {
        Path main = twoPackages();
        write("app/t.toml", "name = \"app\"\nversion = \"1.2\"\n");
        Result r = tlang("run", main.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("error: 'version' must be semver (MAJOR.MINOR.PATCH), not \"1.2\"\n --> t.toml:2:11"), r.err());
    }

    @Test
    void newScaffoldsAPackageThatTestsAndRuns() throws Exception {
        Path hello = temp.resolve("hello");
        Result made = tlang("new", hello.toString());
        assertEquals(0, made.status(), made.err());
        assertTrue(Files.isRegularFile(hello.resolve("t.toml")));
        assertTrue(Files.isRegularFile(hello.resolve("src/hello/main.t")));
        Result test = tlang("test", hello.toString());
        assertEquals(0, test.status(), test.out() + test.err());
        assertTrue(test.out().contains("test hello.main.greets_by_name ... ok"), test.out());
        assertTrue(test.out().contains("1 passed, 0 failed"), test.out());
        assertEquals(new Result(0, "Hello, world!\n", ""), tlang("run", hello.toString()));
        Result again = tlang("new", hello.toString());
        assertEquals(1, again.status());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    /**
     * {@code tlang build} writes each package's bundle jar; installed into a real Felix, app's
     * requirement on geo ^1 is wired to geo's bundle, and a geo 2 would not do.
     */
    @Test
    void buildWritesBundlesThatFelixWiresByTheirRanges() throws Exception {
        twoPackages();
        assertEquals(new Result(0, "", "compiled 1 function ahead of time\nbuilt geo 1.3.0: " + temp.resolve("geo/target/geo-1.3.0.jar") + "\n"),
                tlang("build", temp.resolve("geo").toString()));
        assertEquals(0, tlang("build", temp.resolve("app").toString()).status());
        Path appJar = temp.resolve("app/target/app-0.1.0.jar");
        try (var jar = new java.util.jar.JarFile(appJar.toFile())) {
            var main = jar.getManifest().getMainAttributes();
            assertEquals("tlang.package.app", main.getValue("Bundle-SymbolicName"));
            assertTrue(main.getValue("Require-Capability").contains("(&(tlang.package=geo)(version>=1.0.0)(!(version>=2.0.0)))"),
                    main.getValue("Require-Capability"));
            assertTrue(jar.getEntry("tlang/src/app/main.t") != null && jar.getEntry("tlang/tlang.lock") != null);
        }
        Map<String, String> props = Map.of(org.osgi.framework.Constants.FRAMEWORK_STORAGE, temp.resolve("felix").toString(),
                org.osgi.framework.Constants.FRAMEWORK_STORAGE_CLEAN, org.osgi.framework.Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        var framework = new org.apache.felix.framework.FrameworkFactory().newFramework(props);
        framework.start();
        try {
            var context = framework.getBundleContext();
            var app = context.installBundle(appJar.toUri().toString());
            var wiring = framework.adapt(org.osgi.framework.wiring.FrameworkWiring.class);
            assertFalse(wiring.resolveBundles(List.of(app)), "app alone: geo is missing");
            write("geo2/t.toml", "name = \"geo\"\nversion = \"2.0.0\"\n");
            write("geo2/src/geo/distance.t", "pub fn manhattan(x: Int, y: Int) -> Int { 0 }\n");
            assertEquals(0, tlang("build", temp.resolve("geo2").toString()).status());
            context.installBundle(temp.resolve("geo2/target/geo-2.0.0.jar").toUri().toString());
            assertFalse(wiring.resolveBundles(List.of(app)), "geo 2.0.0 is not in ^1");
            var geo = context.installBundle(temp.resolve("geo/target/geo-1.3.0.jar").toUri().toString());
            assertTrue(wiring.resolveBundles(List.of(app)));
            var wires = app.adapt(org.osgi.framework.wiring.BundleWiring.class).getRequiredWires("tlang.package");
            assertEquals(List.of(geo), wires.stream().map(w -> w.getProvider().getBundle()).toList());
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    /** A package that does not compile is not built: the error at file, line and column, and no jar. */
    @Test
    void buildRefusesAPackageThatDoesNotCompile() throws Exception {
        write("bad/t.toml", "name = \"bad\"\nversion = \"0.1.0\"\n");
        write("bad/src/bad/main.t", "fn main() {\n    let x: Int = \"no\";\n}\n");
        Result r = tlang("build", temp.resolve("bad").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("main.t:2:"), r.err());
        assertFalse(Files.exists(temp.resolve("bad/target")), "nothing written");
        write("worse/t.toml", "name = \"worse\"\nversion = \"1.2\"\n");
        Result v = tlang("build", temp.resolve("worse").toString());
        assertEquals(1, v.status());
        assertTrue(v.err().contains("t.toml:2:11") && v.err().contains("'version' must be semver"), v.err());
    }

    /**
     * Point 7: app uses geo 1.x, its dependency maps uses geo 2.x, in one program: each sees its
     * own, and each version's module state is its own (a static counter in each).
     */
    @Test
    void twoMajorsOfOnePackageSideBySideEachWithItsOwnState() throws Exception {
        for (String v : new String[] {"1.4.0", "2.1.0"}) {
            write(".tlang/packages/geo-" + v + "/t.toml", "name = \"geo\"\nversion = \"" + v + "\"\n");
            write(".tlang/packages/geo-" + v + "/src/geo/distance.t", """
                    static mut calls: Int = 0;
                    pub struct Point { x: Int }
                    pub fn origin() -> Point { Point { x: 0 } }
                    pub fn which() -> Str { calls += 1; "geo %s, call {calls}" }
                    """.formatted(v));
        }
        write("maps/t.toml", "name = \"maps\"\nversion = \"1.0.0\"\n\n[dependencies]\ngeo = \"^2\"\n");
        write("maps/src/maps/route.t", "import geo.distance;\npub fn via() -> Str { distance.which() }\n");
        write("app/t.toml", "name = \"app\"\nversion = \"0.1.0\"\n\n[dependencies]\ngeo = \"^1\"\nmaps = { path = \"../maps\" }\n");
        Path main = write("app/src/app/main.t", """
                import geo.distance;
                import maps.route;
                fn main() {
                    println(distance.which());
                    println(route.via());
                    println(route.via());
                    println(distance.which());
                }
                """);
        String expected = "geo 1.4.0, call 1\ngeo 2.1.0, call 1\ngeo 2.1.0, call 2\ngeo 1.4.0, call 2\n";
        for (String tier : new String[] {"interp", "jit", "tiered"}) {
            List<String> command = CommandLineIT.launcher("-Duser.home=" + temp);
            command.addAll(List.of("run", "--tier", tier, main.toString()));
            assertEquals(new Result(0, expected, ""), CommandLineIT.exec(command), tier);
        }
        String lock = Files.readString(temp.resolve("app/tlang.lock"));
        assertTrue(lock.contains("name = \"geo\"\nversion = \"1.4.0\"") && lock.contains("name = \"geo\"\nversion = \"2.1.0\""), lock);

        // the two majors' types are not the same type, and the error says which is which
        write("maps/src/maps/route.t", "import geo.distance;\npub fn via() -> Str { distance.which() }\npub fn here() -> distance.Point { distance.origin() }\n");
        write("app/src/app/main.t", "import geo.distance;\nimport maps.route;\nfn main() { let p: distance.Point = route.here(); println(p.x); }\n");
        Result mixed = CommandLineIT.exec(command(main));
        assertEquals(1, mixed.status());
        assertTrue(mixed.err().startsWith("error: type mismatch: expected geo.distance.Point, found geo@2.distance.Point (types of two different modules: "
                + "two major versions of one package are not the same types)\n --> src/app/main.t:3:"), mixed.err());
    }

    private List<String> command(Path main) {
        List<String> command = CommandLineIT.launcher("-Duser.home=" + temp);
        command.addAll(List.of("run", main.toString()));
        return command;
    }
}
