package org.tlang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
    static Map<Object, Object> map(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void mapsAndSetsCompareByTheirContentsInAnyOrderAsEqualityDoes() {
        assertEquals(0, Values.compare(map("a", 1L, "b", 2L), map("b", 2L, "a", 1L)));
        assertTrue(Values.compare(map("a", 1L), map("a", 2L)) < 0);
        assertTrue(Values.compare(map("a", 1L), map("a", 1L, "b", 0L)) < 0, "a prefix comes first");
        assertNotEquals(0, Values.compare(map("a", 1L), map("b", 1L)), "distinct keys of a SortedMap stay distinct");
        assertEquals(0, Values.compare(new LinkedHashSet<>(List.of(3L, 1L)), new LinkedHashSet<>(List.of(1L, 3L))));
        assertTrue(Values.compare(new LinkedHashSet<>(List.of(1L, 2L)), new LinkedHashSet<>(List.of(1L, 3L))) < 0);
    }

    @Test
    void bytesCompareUnsignedAndUnitIsEqualToItself() {
        assertTrue(Values.compare(new Bytes(new byte[] {1, (byte) 0xff}), new Bytes(new byte[] {1, 2})) > 0, "0xff is 255");
        assertTrue(Values.compare(new Bytes(new byte[] {1}), new Bytes(new byte[] {1, 0})) < 0);
        assertEquals(0, Values.compare(Unit.VALUE, Unit.VALUE));
    }

    @Test
    void functionsHaveNoOrderAndSayWhy() {
        FnValue f = args -> null;
        PanicException p = assertThrows(PanicException.class, () -> Values.compare(f, f));
        assertEquals("cannot order <fn> and <fn>: functions, channels and tasks have no order", p.getMessage());
    }
}
