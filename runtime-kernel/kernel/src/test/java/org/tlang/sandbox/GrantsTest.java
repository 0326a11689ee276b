package org.tlang.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrantsTest {
    @TempDir
    Path temp;

    @Test
    void netPatternsMatchHostAndPort() {
        Grants g = new Grants(Map.of("net", List.of("127.0.0.1:*", "example.com:443", "[::1]:8080", "db")));
        assertNull(g.denied("net", "127.0.0.1:9000"));
        assertNull(g.denied("net", "EXAMPLE.com:443"));
        assertNull(g.denied("net", "[::1]:8080"));
        assertNull(g.denied("net", "db:5432"), "a host alone: any port");
        assertEquals("net example.com:80", g.denied("net", "example.com:80"));
        assertEquals("net 10.0.0.1:22", g.denied("net", "10.0.0.1:22"));
        assertEquals("fs.read /etc/passwd", g.denied("fs.read", "/etc/passwd"), "a capability not granted");
        assertNull(Grants.NONE.denied("clock", "now"), "the clock is always granted");
    }

    @Test
    void pathsAreComparedWithoutDotDotAndThroughLinks() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path secret = Files.writeString(temp.resolve("secret"), "x");
        Files.createSymbolicLink(data.resolve("link"), secret);
        Grants g = new Grants(Map.of("fs.read", List.of(data.toString())));
        assertNull(g.denied("fs.read", data.resolve("a/b.txt").toString()), "below the grant, even not existing yet");
        assertTrue(g.denied("fs.read", data + "/../secret") != null);
        assertTrue(g.denied("fs.read", data.resolve("link").toString()) != null, "a link out of the grant is out of it");
        assertTrue(g.denied("fs.read", temp + "/data2/x") != null, "a prefix is a folder, not a string");
    }

    @Test
    void namesTakeATrailingStar() {
        Grants g = new Grants(Map.of("env", List.of("APP_*", "HOME")));
        assertNull(g.denied("env", "APP_PORT"));
        assertNull(g.denied("env", "HOME"));
        assertEquals("env PATH", g.denied("env", "PATH"));
    }

    @Test
    void aDeclarationIsCoveredByWiderGrantsAndNarrowsThem() {
        Grants g = new Grants(Map.of("net", List.of("127.0.0.1:*"), "fs.read", List.of("/srv")));
        assertEquals(List.of(), g.uncovered(Map.of("net", List.of("127.0.0.1:8080"), "fs.read", List.of("/srv/data"), "clock", List.of())));
        assertEquals(List.of("net 0.0.0.0:8080"), g.uncovered(Map.of("net", List.of("0.0.0.0:8080"))));
        assertEquals(List.of("env"), g.uncovered(Map.of("env", List.of())));
        assertEquals(List.of(), g.uncovered(Map.of("fs.read", List.of())), "true: the operator chooses the targets");
        Grants narrowed = g.narrowedTo(Map.of("net", List.of("127.0.0.1:8080")));
        assertEquals("net 127.0.0.1:9000", narrowed.denied("net", "127.0.0.1:9000"), "no more than it declared");
        assertEquals("fs.read /srv/x", narrowed.denied("fs.read", "/srv/x"), "not declared at all");
        assertNull(Grants.ALL.narrowedTo(Map.of("fs.read", List.of())).denied("fs.read", "/anything"));
    }

    @Test
    void flagsAreParsedAndCheckedAsDenoSpellsThem() {
        Grants g = Sandbox.parseFlags(List.of("net=127.0.0.1:*,localhost:8080", "fs.read", "env=HOME"));
        assertEquals(Map.of("net", List.of("127.0.0.1:*", "localhost:8080"), "fs.read", List.of(), "env", List.of("HOME")), g.granted());
        assertEquals(Grants.ALL.granted(), Sandbox.parseFlags(List.of("all")).granted());
        assertEquals("--allow-net: port 70000 is above 65535",
                assertThrows(IllegalArgumentException.class, () -> Sandbox.parseFlags(List.of("net=h:70000"))).getMessage());
        assertEquals("--allow-env: 'A B' is not a variable name (letters, digits, _; a trailing * matches any rest)",
                assertThrows(IllegalArgumentException.class, () -> Sandbox.parseFlags(List.of("env=A B"))).getMessage());
        assertEquals("unknown capability 'teleport' (capabilities: net, fs.read, fs.write, env, process, ffi)",
                assertThrows(IllegalArgumentException.class, () -> Sandbox.parseFlags(List.of("teleport"))).getMessage());
    }

    @Test
    void aRootPackageGetsTheCommandLineAndADependencyOnlyTheProfile() {
        Sandbox s = new Sandbox(Map.of("plug", new Grants(Map.of("net", List.of("127.0.0.1:*")))), Sandbox.parseFlags(List.of("fs.read=/srv")), org.tlang.api.Limits.NONE, false);
        Map<String, List<String>> needs = Map.of("fs.read", List.of("/srv"), "net", List.of("127.0.0.1:80"));
        assertEquals(List.of("net 127.0.0.1:80"), s.missing("app", true, needs));
        assertEquals(List.of("fs.read /srv"), s.missing("plug", false, needs));
        assertEquals(Grants.ALL, Sandbox.DEFAULT.script(), "a script run by hand, no flag: as before the sandbox");
        assertEquals("fs.read /etc", s.script().denied("fs.read", "/etc"));
    }
}
