package org.tlang.hotpatch.reload;

import org.tlang.api.ReloadOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.modules.ModuleRegistry;
import org.tlang.testing.TestHost;

class HistoryAndPatchTest {
    @TempDir
    Path dir;

    private static final String V1 = """
            static mut hits: Int = 0;
            pub fn tick() -> Int { hits += 1; hits }
            pub fn label() -> Str { "v1" }
            struct Point { x: Int }
            impl Point {
                pub fn show(self) -> Str { "p{self.x}" }
            }
            pub fn point() -> Str { Point { x: 7 }.show() }
            """;

    private Reloader reloader;

    private ModuleRegistry loaded(Path f) throws Exception {
        Files.writeString(f, V1);
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        reloader = new Reloader(reg.switcher());
        reg.load(f);
        return reg;
    }

    @Test
    void rollbackReturnsToTheEarlierSourceKeepingState() throws Exception {
        Path f = dir.resolve("app.t");
        ModuleRegistry reg = loaded(f);
        reg.call("app", "tick");
        Files.writeString(f, V1.replace("\"v1\"", "\"v2\""));
        assertTrue(reloader.reload(f).applied());
        reg.call("app", "tick");
        assertEquals("v2", reg.call("app", "label"));

        ReloadOutcome back = reloader.rollback("app");

        assertTrue(back.applied(), back.render());
        assertEquals("v1", reg.call("app", "label"));
        assertEquals("3", reg.call("app", "tick"), "hits kept its value through reload and rollback");
        assertEquals(3, reg.module("app").version(), "a rollback is a new version with the old source");
        assertFalse(reloader.rollback("app").applied(), "nothing earlier than v1 is left");
    }

    @Test
    void patchReplacesOneFunctionAndKeepsTheRest() throws Exception {
        Path f = dir.resolve("app.t");
        ModuleRegistry reg = loaded(f);
        reg.call("app", "tick");
        Files.writeString(f, V1.replace("\"v1\"", "\"edited on disk, not patched\""));

        ReloadOutcome out = reloader.patch("app", "label", "pub fn label() -> Str { \"patched\" }");

        assertTrue(out.applied(), out.render());
        assertEquals("patched", reg.call("app", "label"));
        assertEquals("2", reg.call("app", "tick"));
        assertTrue(reg.module("app").source().contains("\"patched\""));
        assertTrue(reloader.patch("app", "Point::show", "pub fn show(self) -> Str { \"P({self.x})\" }").applied());
        assertEquals("P(7)", reg.call("app", "point"));

        assertTrue(reloader.rollback("app").applied(), "a patch can be rolled back like a reload");
        assertEquals("patched", reg.call("app", "label"));
        assertEquals("p7", reg.call("app", "point"));
    }

    @Test
    void aPatchThatChangesTheSignatureOrDoesNotCompileIsRefused() throws Exception {
        ModuleRegistry reg = loaded(dir.resolve("app.t"));

        ReloadOutcome signature = reloader.patch("app", "label", "pub fn label(n: Int) -> Str { \"{n}\" }");
        assertFalse(signature.applied());
        assertTrue(signature.render().contains("changes the signature of `label`"), signature.render());

        ReloadOutcome broken = reloader.patch("app", "label", "pub fn label() -> Str { 42 }");
        assertFalse(broken.applied());
        assertTrue(broken.render().contains("expected Str, found Int"), broken.render());

        assertFalse(reloader.patch("app", "nope", "fn nope() {}").applied());
        assertFalse(reloader.patch("app", "label", "fn other() {}").applied());
        assertEquals("v1", reg.call("app", "label"));
    }

    @Test
    void aRefusedPatchLeavesNothingBehindForRollback() throws Exception {
        Path f = dir.resolve("app.t");
        ModuleRegistry reg = loaded(f);
        Files.writeString(f, V1.replace("\"v1\"", "\"v2\""));
        assertTrue(reloader.reload(f).applied());
        assertTrue(reloader.patch("app", "label", "fn label() -> Str { \"patched\" }").applied());
        assertFalse(reloader.patch("app", "label", "fn label(n: Int) -> Str { \"x\" }").applied());
        ReloadOutcome back = reloader.rollback("app");
        assertTrue(back.applied(), back.render());
        assertEquals("v2", reg.call("app", "label"));
    }

    @Test
    void aPatchTakesOnlyItsFunctionFromAnEditedModule() throws Exception {
        ModuleRegistry reg = loaded(dir.resolve("app.t"));
        String edited = V1.replace("\"v1\"", "\"v2\"").replace("hits += 1", "hits += 100").replace("\"p{self.x}\"", "\"<{self.x}>\"");

        assertTrue(reloader.patch("app", "label", edited).applied());
        assertTrue(reloader.patch("app", "Point::show", edited).applied());

        assertEquals("v2", reg.call("app", "label"));
        assertEquals("<7>", reg.call("app", "point"));
        assertEquals("1", reg.call("app", "tick"), "tick was not patched");
    }

    @Test
    void versionsListHistoryAndReplacedVersionsStillReachable() throws Exception {
        Path f = dir.resolve("app.t");
        ModuleRegistry reg = loaded(f);
        Files.writeString(f, V1.replace("\"v1\"", "\"v2\""));
        assertTrue(reloader.reload(f).applied());
        String listing = String.join("\n", reloader.versions());
        assertTrue(listing.contains("app v2 (") && listing.contains("can roll back to v1"), listing);
        assertTrue(listing.contains("most at once: 1"), listing);
    }
}
