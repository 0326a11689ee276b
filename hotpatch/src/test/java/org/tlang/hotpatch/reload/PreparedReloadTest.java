package org.tlang.hotpatch.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.ReloadOutcome;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.program.ModuleSource;
import org.tlang.testing.TestHost;

/** The two phases a cluster reload runs on each member: prepare (stage and check), then commit or drop. */
class PreparedReloadTest {
    private static final String V1 = """
            static mut hits: Int = 0;
            pub fn tick() -> Int { hits += 1; hits }
            pub fn label() -> Str { "v1" }
            """;

    @TempDir
    Path dir;
    private Path file;
    private ModuleRegistry reg;
    private Reloader reloader;

    @BeforeEach
    void load() throws Exception {
        file = Files.writeString(dir.resolve("counter.t"), V1);
        reg = new ModuleRegistry(new TestHost());
        reloader = new Reloader(reg.switcher());
        reg.load(file);
        reg.call("counter", "tick");
    }

    private Reloader.Prepared prepare(String label) {
        return reloader.prepare(List.of(ModuleSource.text(file, V1.replace("\"v1\"", "\"" + label + "\""))));
    }

    @Test
    void aPreparedReloadSwitchesOnlyWhenCommittedAndHoldsOffOtherTransactionsMeanwhile() {
        Reloader.Prepared prepared = prepare("v2");
        assertNull(prepared.refusal());
        assertEquals("v1", reg.call("counter", "label"), "nothing switches in the first phase");
        ReloadOutcome other = reloader.reload(file);
        assertFalse(other.applied());
        assertTrue(other.render().contains("a cluster reload of counter is being decided"), other.render());

        ReloadOutcome committed = reloader.commit(prepared);
        assertTrue(committed.applied(), committed.render());
        assertEquals(List.of("hits"), committed.keptStatics());
        assertEquals("v2", reg.call("counter", "label"));
        assertEquals("2", reg.call("counter", "tick"));
        assertThrows(IllegalStateException.class, () -> reloader.commit(prepared));
    }

    @Test
    void aDroppedReloadLeavesTheProgramAsItWas() {
        Reloader.Prepared prepared = prepare("v2");
        reloader.drop(prepared);
        assertEquals("v1", reg.call("counter", "label"));
        assertTrue(reloader.commit(prepare("v3")).applied());
        assertEquals("v3", reg.call("counter", "label"));
        assertEquals("2", reg.call("counter", "tick"), "the dropped stage touched no state");
    }

    @Test
    void aRefusedPrepareHoldsNothing() {
        Reloader.Prepared refused = reloader.prepare(List.of(ModuleSource.text(file, V1.replace("hits: Int = 0", "hits: Str = \"\"")
                .replace("hits += 1; hits", "1"))));
        assertNotNull(refused.refusal());
        assertTrue(refused.refusal().render().contains("the type of static `hits` changes"), refused.refusal().render());
        assertTrue(reloader.commit(prepare("v2")).applied());
    }
}
