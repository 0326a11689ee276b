package org.tlang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlang.tir.Type;

class StructLayoutTest {
    private static final StructShape BODY = new StructShape("app.Body", "Body", List.of("x", "n", "ok", "name"),
            List.of(Type.FLOAT, Type.INT, Type.BOOL, Type.STR));

    @Test
    void fieldTypesGiveTheLayoutAndOneClassPerLayout() throws Exception {
        assertEquals("DJZA", BODY.layout().code());
        assertEquals("org.tlang.interp.struct.S_DJZA", BODY.layout().type().getName());
        StructShape other = new StructShape("lib.Other", "Other", List.of("a", "b", "c", "d"), "DJZA");
        assertSame(BODY.layout(), other.layout());
        assertSame(BODY.layout().type(), StructLayout.classNamed("org.tlang.interp.struct.S_DJZA"));
        assertEquals("A", StructLayout.code(List.of(new Type.Param("T"))));
        assertEquals("", new StructShape("app.E", "E", List.of(), "").layout().code());
        assertThrows(ClassNotFoundException.class, () -> StructLayout.classNamed("org.tlang.interp.struct.S_Q"));
    }

    @Test
    void anOptionFieldHoldsThePayloadOrNullAndReadsAsTheOption() throws Exception {
        StructShape node = new StructShape("app.Node", "Node", List.of("next", "deep"),
                List.of(Type.option(Type.STR), Type.option(Type.option(Type.INT))));
        assertEquals("OO", node.layout().code());
        StructValue n = node.make(EnumValue.some("a"), EnumValue.some(EnumValue.NONE));
        assertEquals("a", n.getClass().getField("f0").get(n), "Some's payload, no Option object");
        assertEquals(EnumValue.some("a"), n.get(0));
        assertEquals(EnumValue.some(EnumValue.NONE), n.get(1), "Some(None) stays apart from None");
        n.set(0, EnumValue.NONE);
        n.set(1, EnumValue.NONE);
        assertEquals(null, n.getClass().getField("f0").get(n));
        assertEquals(EnumValue.NONE, n.get(0));
        assertEquals(EnumValue.NONE, n.get(1));
        assertEquals("Node { next: None, deep: None }", n.toString());
    }

    @Test
    void typedAndBoxedAccessorsSeeTheSameFields() throws Exception {
        StructValue b = BODY.make(1.5, 7L, true, "sun");
        assertEquals(1.5, b.getDouble(0));
        assertEquals(7L, b.getLong(1));
        assertEquals(true, b.getBool(2));
        assertEquals("sun", b.get(3));
        b.setDouble(0, -2.0);
        b.setLong(1, 8);
        b.setBool(2, false);
        b.set(3, "moon");
        assertEquals(List.of(-2.0, 8L, false, "moon"), List.of(b.get(0), b.get(1), b.get(2), b.get(3)));
        assertEquals(-2.0, b.getClass().getField("f0").getDouble(b));
        assertEquals(8L, b.getClass().getField("f1").getLong(b));
        assertThrows(IndexOutOfBoundsException.class, () -> b.get(4));
    }

    @Test
    void typedAccessorsOfReferenceFieldsBox() {
        StructShape box = new StructShape("app.Box", "Box", List.of("v"), List.of(new Type.Param("T")));
        StructValue b = box.blank();
        b.setLong(0, 3);
        assertEquals(3L, b.get(0));
        assertEquals(3L, b.getLong(0));
        b.setDouble(0, 0.5);
        assertEquals(0.5, b.getDouble(0));
    }

    @Test
    void equalityIsStructuralAndByStructName() {
        StructShape twin = new StructShape("app.Twin", "Twin", List.of("x", "n", "ok", "name"), "DJZA");
        assertEquals(BODY.make(1.0, 2L, true, "a"), BODY.make(1.0, 2L, true, "a"));
        assertEquals(BODY.make(1.0, 2L, true, "a").hashCode(), BODY.make(1.0, 2L, true, "a").hashCode());
        assertNotEquals(BODY.make(1.0, 2L, true, "a"), BODY.make(1.0, 3L, true, "a"));
        assertNotEquals(BODY.make(1.0, 2L, true, "a"), twin.make(1.0, 2L, true, "a"));
        // as boxed Doubles always compared: NaN equals itself, 0.0 and -0.0 differ
        assertEquals(BODY.make(Double.NaN, 2L, true, "a"), BODY.make(Double.NaN, 2L, true, "a"));
        assertNotEquals(BODY.make(0.0, 2L, true, "a"), BODY.make(-0.0, 2L, true, "a"));
    }

    @Test
    void printsAsBefore() {
        assertEquals("Body { x: 1.5, n: 2, ok: true, name: \"a\" }", BODY.make(1.5, 2L, true, "a").toString());
        assertEquals("E", new StructShape("app.E", "E", List.of(), "").make().toString());
    }
}
