package org.tlang.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void plainJavaConvertsBothWays() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1, 2L));
        m.put("b", Optional.of("x"));
        Value v = Value.from(m);
        assertEquals(new Value.Map(Map.of(Value.of("a"), new Value.Vec(List.of(Value.of(1), Value.of(2))),
                Value.of("b"), Value.some(Value.of("x")))), v);
        Map<Object, Object> back = new LinkedHashMap<>();
        back.put("a", List.of(1L, 2L));
        back.put("b", Optional.of("x"));
        assertEquals(back, v.toJava());
        assertEquals(Optional.empty(), Value.NONE.toJava());
        assertEquals(Map.of("Err", List.of("bad")), Value.err(Value.of("bad")).toJava());
        assertEquals(null, Value.UNIT.toJava());
    }

    @Test
    void showIsTheTPrintedForm() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1, 2));
        m.put("b", Optional.of("x"));
        assertEquals("[\"a\": [1, 2], \"b\": Some(\"x\")]", Value.from(m).show());
        assertEquals("Point { x: 1.0, y: 2.5 }", new Value.Struct("app.Point", linked("x", Value.of(1.0), "y", Value.of(2.5))).show());
        assertEquals("hi", Value.of("hi").show());
        assertEquals("(1, \"a\")", new Value.Tuple(List.of(Value.of(1), Value.of("a"))).show());
        assertEquals("1e21", Value.of(1e21).show());
        assertEquals("1.05e-9", Value.of(1.05e-9).show());
        assertEquals("NaN", Value.of(Double.NaN).show());
        assertEquals("[:]", new Value.Map(Map.of()).show());
        assertEquals("None", Value.NONE.show());
        assertEquals("Circle(1.0)", new Value.Variant("app.Shape", "Circle", List.of(Value.of(1.0))).show());
    }

    private static Map<String, Value> linked(String k1, Value v1, String k2, Value v2) {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void accessorsOfTheWrongKindSayWhatTheyGot() {
        assertEquals("expected Int, got Str \"x\"", assertThrows(IllegalStateException.class, () -> Value.of("x").asLong()).getMessage());
        assertThrows(ArithmeticException.class, () -> Value.of(1L << 40).asInt());
        assertEquals("null has no T value (use Value.NONE for an Option)", assertThrows(IllegalArgumentException.class, () -> Value.from(null)).getMessage());
        assertEquals("a java.lang.Object has no T value", assertThrows(IllegalArgumentException.class, () -> Value.from(new Object())).getMessage());
    }
}
