package org.tlang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VecTest {
    @Test
    void storageFollowsTheFirstElement() {
        Vec ints = new Vec();
        assertEquals("none", ints.storageKind());
        ints.add(3L);
        assertEquals("long", ints.storageKind());
        Vec floats = Vec.copyOf(List.of(1.5, 2.5));
        assertEquals("double", floats.storageKind());
        Vec bools = Vec.filled(3, true);
        assertEquals("bool", bools.storageKind());
        Vec strs = Vec.copyOf(List.of("a"));
        assertEquals("ref", strs.storageKind());
    }

    @Test
    void typedAndBoxedAccessSeeTheSameElements() {
        Vec v = Vec.filled(5, 0L);
        v.setLong(2, 42);
        v.set(3, 7L);
        assertEquals(42L, v.get(2));
        assertEquals(7, v.getLong(3));
        v.pushLong(9);
        assertEquals(List.of(0L, 0L, 42L, 7L, 0L, 9L), v);
        Vec d = new Vec();
        d.pushDouble(0.5);
        d.setDouble(0, -0.0);
        assertEquals(-0.0, d.get(0));
        Vec b = Vec.filled(2, false);
        b.setBool(1, true);
        assertEquals(List.of(false, true), b);
        assertEquals(1, b.getLong(1), "a Bool read as the interpreter's long slot is 0 or 1");
    }

    @Test
    void growsInsertsAndRemovesLikeAList() {
        Vec v = new Vec();
        for (long i = 0; i < 100; i++) v.add(i);
        v.add(0, -1L);
        assertEquals(101, v.size());
        assertEquals(-1L, v.remove(0));
        assertEquals(50L, v.remove(50));
        assertEquals(99, v.size());
        assertEquals(51, v.getLong(50));
        assertEquals(List.of(10L, 11L, 12L), v.copyRange(10, 13));
        assertEquals("long", v.copyRange(10, 13).storageKind());
        v.clear();
        assertTrue(v.isEmpty());
        assertThrows(IndexOutOfBoundsException.class, () -> v.get(0));
    }

    @Test
    void aValueOfAnotherKindBoxesTheStorageInsteadOfFailing() {
        Vec v = Vec.copyOf(List.of(1L, 2L));
        v.add("three");
        assertEquals("ref", v.storageKind());
        assertEquals(List.of(1L, 2L, "three"), v);
        assertEquals(2, v.getLong(1));
    }

    @Test
    void sortsPrimitivesInNaturalOrderAndOthersByComparator() {
        Vec v = Vec.copyOf(List.of(3L, -1L, 2L));
        assertTrue(v.sortPrimitives());
        assertEquals(List.of(-1L, 2L, 3L), v);
        Vec d = Vec.copyOf(List.of(0.0, -0.0, Double.NaN, -1.0));
        assertTrue(d.sortPrimitives());
        assertEquals(List.of(-1.0, -0.0, 0.0, Double.NaN), d);
        Vec s = Vec.copyOf(List.of("b", "a"));
        assertFalse(s.sortPrimitives());
        s.sort(Values::compare);
        assertEquals(List.of("a", "b"), s);
        Vec b = Vec.copyOf(List.of(true, false));
        b.sort(Values::compare);
        assertEquals(List.of(false, true), b);
    }
}
