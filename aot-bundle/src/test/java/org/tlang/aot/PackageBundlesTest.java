package org.tlang.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import aQute.bnd.header.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.PackageInfo;

class PackageBundlesTest {
    @TempDir
    Path dir;

    @Test
    void writesSourcesAndCapabilities() throws Exception {
        Files.writeString(dir.resolve("t.toml"), "name = \"maps\"\nversion = \"2.1.0-beta.1\"\n");
        Files.createDirectories(dir.resolve("src/maps"));
        Files.writeString(dir.resolve("src/maps/main.t"), "pub fn answer() -> Int { 42 }\n");
        PackageInfo pkg = new PackageInfo("maps", "2.1.0-beta.1", "2.1.0.beta_1", "Maps, drawn", dir,
                List.of(new PackageInfo.Requirement("geo", "^1.2", "(&(tlang.package=geo)(version>=1.2.0)(!(version>=2.0.0)))", "1.4.0")),
                Map.of("net", List.of("127.0.0.1:8080", "a,b"), "env", List.of()), List.of(Path.of("t.toml"), Path.of("src/maps/main.t")), List.of());

        Path jar = new PackageBundles().build(pkg, dir.resolve("target"));

        assertEquals(dir.resolve("target/maps-2.1.0-beta.1.jar"), jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            var main = m.getMainAttributes();
            assertEquals("tlang.package.maps", main.getValue("Bundle-SymbolicName"));
            assertEquals("2.1.0.beta_1", main.getValue("Bundle-Version"));
            assertEquals("Maps, drawn", main.getValue("Bundle-Description"));
            Parameters provided = new Parameters(main.getValue("Provide-Capability"));
            var cap = provided.get("tlang.package");
            assertEquals("maps", cap.get("tlang.package"));
            assertEquals("2.1.0.beta_1", cap.get("version"));
            assertEquals("2.1.0-beta.1", cap.get("semver"));
            Parameters required = new Parameters(main.getValue("Require-Capability"));
            assertEquals("(&(tlang.package=geo)(version>=1.2.0)(!(version>=2.0.0)))", required.get("tlang.package").get("filter:"));
            assertEquals("meta", required.get("tlang.capability").get("effective:"));
            assertTrue(main.getValue("Require-Capability").contains("(tlang.capability=net)"), main.getValue("Require-Capability"));
            assertTrue(main.getValue("Require-Capability").contains("127.0.0.1:8080,a\\,b"), main.getValue("Require-Capability"));
            assertEquals("pub fn answer() -> Int { 42 }\n", new String(file.getInputStream(file.getEntry("tlang/src/maps/main.t")).readAllBytes()));
            assertTrue(file.getEntry("tlang/t.toml") != null);
        }
        assertTrue(Files.list(dir.resolve("target")).allMatch(p -> p.equals(jar)), "no partial file left behind");
    }
}
