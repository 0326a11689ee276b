package org.tlang.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxTableTest {
    private static Sandbox read(String toml, List<String> problems) throws Exception {
        JsonNode table = new TomlMapper().readTree(toml).get("sandbox");
        return SandboxTable.read(table, problems::add);
    }

    @Test
    void aPackageTableMaySayItsCodeRunsInAProcessOfItsOwn() throws Exception {
        List<String> problems = new ArrayList<>();
        Sandbox s = read("""
                [sandbox.plug]
                env = ["HOME"]
                isolation = "process"
                [sandbox.other]
                isolation = "none"
                """, problems);
        assertEquals(List.of(), problems);
        assertTrue(s.isolates("plug"));
        assertTrue(s.isolates("plug@2"), "a second major of it too");
        assertFalse(s.isolates("other"));
        assertFalse(s.isolates(null), "the program's own code runs where the program does");
        assertFalse(s.process(), "the program itself is not isolated");
        assertEquals(Map.of("env", List.of("HOME")), s.packages().get("plug").granted(), "isolation is not a grant");
    }

    @Test
    void aBadIsolationNamesItsKey() throws Exception {
        List<String> problems = new ArrayList<>();
        Sandbox s = read("""
                [sandbox.plug]
                isolation = "wasm"
                """, problems);
        assertEquals(List.of("'sandbox.plug.isolation' must be \"none\" or \"process\", not \"wasm\""), problems);
        assertFalse(s.isolates("plug"));
    }
}
