package org.tlang.std.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tlang.api.Value;

/** The serial form between members: every kind of value comes back equal, and equal values have equal bytes (map keys). */
class ValueCodecTest {

    @Test
    void everyKindOfValueComesBackEqual() {
        Map<Value, Value> entries = new LinkedHashMap<>();
        entries.put(Value.of("b"), Value.of(2));
        entries.put(Value.of("a"), new Value.Vec(List.of(Value.of(1.5), Value.of(true), Value.UNIT)));
        Value v = new Value.Tuple(List.of(
                Value.of(Long.MIN_VALUE), Value.of("héllo ✓"), new Value.Map(entries),
                new Value.Struct("app.Point", Map.of("x", Value.of(1.0))),
                Value.some(Value.ok(Value.of(false))), Value.NONE,
                new Value.Variant("app.Shape", "Circle", List.of(Value.of(2.0))),
                Value.of("x".repeat(70_000))));
        assertEquals(v, ValueCodec.decode(ValueCodec.encode(v)));
    }

    @Test
    void equalValuesHaveEqualBytes() {
        assertArrayEquals(ValueCodec.encode(new Value.Vec(List.of(Value.of(7), Value.of("k")))),
                ValueCodec.encode(new Value.Vec(List.of(Value.of(7), Value.of("k")))));
    }

    @Test
    void bytesOfAnotherFormAreRefusedSayingSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueCodec.decode(new byte[] {'z'}));
        assertEquals("not a value in the cluster's serial form: unknown tag 122", e.getMessage());
    }
}
