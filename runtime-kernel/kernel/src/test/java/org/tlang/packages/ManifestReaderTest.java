package org.tlang.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tlang.api.Diagnostic;

class ManifestReaderTest {
    private static final Path ROOT = Path.of("/work/app");

    private static Manifest read(String text) throws PackageException {
        return new ManifestReader().read(ROOT, "t.toml", text);
    }

    private static List<Diagnostic> errors(String text) {
        return assertThrows(PackageException.class, () -> read(text)).diagnostics();
    }

    private static Diagnostic only(String text) {
        List<Diagnostic> ds = errors(text);
        assertEquals(1, ds.size(), ds.toString());
        return ds.getFirst();
    }

    @Test
    void readsEveryKey() throws PackageException {
        Manifest m = read("""
                name = "app"
                version = "1.0.0-beta.1"

                [dependencies]
                geo = "^1.2"
                json5 = { version = "~0.3.1", path = "../json5" }
                maps = { path = "vendor/maps" }

                [capabilities]
                net = ["0.0.0.0:8080"]
                fs.read = ["./data"]
                env = true
                """);
        assertEquals("app", m.name());
        assertEquals(Semver.parse("1.0.0-beta.1"), m.version());
        assertEquals(3, m.dependencies().size());
        Dependency geo = m.dependency("geo");
        assertNull(geo.path());
        assertEquals("^1.2", geo.range().toString());
        assertEquals(Path.of("/work/json5"), m.dependency("json5").path());
        assertEquals("~0.3.1", m.dependency("json5").range().toString());
        assertEquals(Path.of("/work/app/vendor/maps"), m.dependency("maps").path());
        assertEquals("*", m.dependency("maps").range().toString());
        assertEquals(Map.of("net", List.of("0.0.0.0:8080"), "fs.read", List.of("./data"), "env", List.of()), m.capabilities().needs());
    }

    @Test
    void aVersionThatIsNotSemverNamesItsLine() {
        Diagnostic d = only("name = \"app\"\n\nversion = \"1.2\"\n");
        assertEquals("t.toml", d.file());
        assertEquals(3, d.line());
        assertEquals(11, d.column());
        assertEquals("'version' must be semver (MAJOR.MINOR.PATCH), not \"1.2\"", d.message());
        assertEquals("version = \"1.2\"", d.sourceLine());
    }

    @Test
    void aBadRangeNamesItsDependencyAndLine() {
        Diagnostic d = only("name = \"app\"\nversion = \"1.0.0\"\n[dependencies]\nmaps = \"^1\"\ngeo = \"1.x.2\"\n");
        assertEquals(5, d.line());
        assertTrue(d.message().startsWith("'dependencies.geo' must be a version range"), d.message());
        Diagnostic inTable = only("name = \"app\"\nversion = \"1.0.0\"\n[dependencies]\ngeo = { path = \"../geo\", version = \"nope\" }\n");
        assertEquals(4, inTable.line());
        assertTrue(inTable.message().startsWith("'dependencies.geo.version' must be a version range"), inTable.message());
    }

    @Test
    void aDependencyTableInItsOwnSectionIsPlacedToo() {
        Diagnostic d = only("name = \"app\"\nversion = \"1.0.0\"\n\n[dependencies.geo]\npath = \"../geo\"\nversion = \"^^1\"\n");
        assertEquals(6, d.line());
    }

    @Test
    void everyErrorIsReportedNotOnlyTheFirst() {
        List<Diagnostic> ds = errors("""
                name = "my-app"
                version = "1"
                colour = "blue"

                [capabilities]
                teleport = true
                """);
        assertEquals(4, ds.size(), ds.toString());
        assertTrue(ds.stream().anyMatch(d -> d.line() == 1 && d.message().contains("'name' must be a T identifier path")), ds.toString());
        assertTrue(ds.stream().anyMatch(d -> d.line() == 2 && d.message().contains("'version' must be semver")), ds.toString());
        assertTrue(ds.stream().anyMatch(d -> d.line() == 3 && d.message().contains("unknown key 'colour'")), ds.toString());
        assertTrue(ds.stream().anyMatch(d -> d.line() == 6 && d.message().contains("unknown capability 'teleport'")
                && d.message().contains("net, fs.read, fs.write, env, process, ffi, clock")), ds.toString());
    }

    @Test
    void aMissingKeyNamesTheKey() {
        Diagnostic d = only("name = \"app\"\n");
        assertEquals(0, d.line());
        assertTrue(d.message().contains("'version' is missing"), d.message());
    }

    @Test
    void malformedTomlNamesItsLine() {
        Diagnostic d = only("name = \"app\"\nversion = \"1.0.0\"\n[dependencies\ngeo = \"^1\"\n");
        assertEquals(3, d.line());
        assertTrue(d.message().startsWith("is not valid TOML"), d.message());
    }

    @Test
    void refusesSelfAndStdAndBadCapabilityValues() {
        assertTrue(only("name = \"app\"\nversion = \"1.0.0\"\n[dependencies]\napp = \"^1\"\n").message().contains("cannot depend on itself"));
        assertTrue(only("name = \"std\"\nversion = \"1.0.0\"\n").message().contains("standard library"));
        Diagnostic d = only("name = \"app\"\nversion = \"1.0.0\"\n[capabilities]\nnet = 8080\n");
        assertEquals(4, d.line());
        assertTrue(d.message().startsWith("'capabilities.net' must be true or a list"), d.message());
    }
}
