package org.tlang.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.packages.Packages.pkg;
import static org.tlang.packages.Packages.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.Diagnostic;
import org.tlang.modules.CompileException;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.testing.TestHost;

class PackageImportsTest {
    @TempDir
    Path dir;

    private record Ran(int exit, String out, String err) {}

    private Ran run(Path app, Path main) throws Exception {
        PackageGraph graph = new Resolver(dir.resolve("packages")).resolve(app, false);
        TestHost host = new TestHost();
        ModuleRegistry registry = new ModuleRegistry(host, graph);
        LoadedModule m = registry.load(main);
        int exit = host.finish(registry.runMain(m, List.of()));
        return new Ran(exit, host.stdout(), host.stderr());
    }

    private List<Diagnostic> errors(Path app, Path main) throws Exception {
        PackageGraph graph = new Resolver(dir.resolve("packages")).resolve(app, false);
        return assertThrows(CompileException.class, () -> new ModuleRegistry(new TestHost(), graph).load(main)).diagnostics();
    }

    private Path geo() {
        Path geo = pkg(dir, "geo", "geo", "1.0.0");
        write(geo, "src/geo/distance.t", """
                import geo.units;
                pub fn manhattan(x: Int, y: Int) -> Int { units.abs(x) + units.abs(y) }
                """);
        write(geo, "src/geo/units.t", "pub fn abs(n: Int) -> Int { if n < 0 { -n } else { n } }\n");
        return geo;
    }

    @Test
    void aModuleImportsFromADependencyByItsName() throws Exception {
        geo();
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { path = \"../geo\" }");
        write(app, "src/app/util.t", "pub fn twice(n: Int) -> Int { n * 2 }\n");
        Path main = write(app, "src/app/main.t", """
                import geo.distance;
                import app.util;
                fn main() { println(util.twice(distance.manhattan(-3, 4))); }
                """);
        Ran r = run(app, main);
        assertEquals(0, r.exit(), r.err());
        assertEquals("14\n", r.out());
    }

    @Test
    void anUndeclaredPackageIsAnErrorAtTheImportNamingTheDependencyToAdd() throws Exception {
        geo();
        Path app = pkg(dir, "app", "app", "0.1.0");
        Path main = write(app, "src/app/main.t", "\nimport geo.distance;\nfn main() { println(distance.manhattan(1, 1)); }\n");
        List<Diagnostic> ds = errors(app, main);
        Diagnostic d = ds.getFirst();
        assertEquals("src/app/main.t", d.file());
        assertEquals(2, d.line());
        assertEquals("module `geo.distance` is not in package `app`, and `geo` is not a dependency of `app`: add "
                + "`geo = \"VERSION\" (or { path = \"../geo\" })` under [dependencies] in t.toml", d.message());
    }

    @Test
    void aDependencysDependencyIsNotImportableWithoutDeclaringIt() throws Exception {
        geo();
        Path maps = pkg(dir, "maps", "maps", "2.0.0", "geo = { path = \"../geo\" }");
        write(maps, "src/maps/route.t", "import geo.distance;\npub fn len() -> Int { distance.manhattan(2, 2) }\n");
        Path app = pkg(dir, "app", "app", "0.1.0", "maps = { path = \"../maps\" }");
        Path main = write(app, "src/app/main.t", "import maps.route;\nimport geo.units;\nfn main() { println(route.len()); }\n");
        Diagnostic d = errors(app, main).getFirst();
        assertEquals(2, d.line());
        assertTrue(d.message().contains("add `geo = \"^1.0.0\"` under [dependencies] in t.toml"), d.message());
        write(app, "src/app/main.t", "import maps.route;\nfn main() { println(route.len()); }\n");
        Ran r = run(app, main);
        assertEquals("4\n", r.out(), r.err());
    }

    @Test
    void aDependencyMayNotImportThePackageUsingIt() throws Exception {
        Path geo = geo();
        write(geo, "src/geo/units.t", "import app.util;\npub fn abs(n: Int) -> Int { util.twice(n) }\n");
        Path app = pkg(dir, "app", "app", "0.1.0", "geo = { path = \"../geo\" }");
        write(app, "src/app/util.t", "pub fn twice(n: Int) -> Int { n * 2 }\n");
        Path main = write(app, "src/app/main.t", "import app.util;\nimport geo.distance;\nfn main() { println(distance.manhattan(1, 1)); }\n");
        Diagnostic d = errors(app, main).getFirst();
        assertEquals("src/geo/units.t", d.file());
        assertEquals(1, d.line());
        assertTrue(d.message().startsWith("module `app.util` is not in package `geo`, and `app` is not a dependency of `geo`"), d.message());
    }

    @Test
    void cyclesWithinAPackageStayAllowed() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0");
        write(app, "src/app/a.t", "import app.b;\npub fn f(n: Int) -> Int { if n == 0 { 0 } else { b.g(n - 1) + 1 } }\n");
        write(app, "src/app/b.t", "import app.a;\npub fn g(n: Int) -> Int { if n == 0 { 0 } else { a.f(n - 1) + 1 } }\n");
        Path main = write(app, "src/app/main.t", "import app.a;\nfn main() { println(a.f(5)); }\n");
        assertEquals("5\n", run(app, main).out());
    }

    @Test
    void aMissingModuleOfTheOwnPackageIsStillCannotFind() throws Exception {
        Path app = pkg(dir, "app", "app", "0.1.0");
        Path main = write(app, "src/app/main.t", "import app.nothing;\nfn main() {}\n");
        assertTrue(errors(app, main).getFirst().message().startsWith("cannot find module `app.nothing`"));
    }
}
