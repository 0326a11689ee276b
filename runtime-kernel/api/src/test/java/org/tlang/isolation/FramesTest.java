package org.tlang.isolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tlang.api.Panic;
import org.tlang.api.Value;

class FramesTest {
    static final Value EVERY_KIND = new Value.Tuple(List.of(
            new Value.Int(Long.MIN_VALUE), new Value.Float(-0.5), new Value.Bool(true), new Value.Str("grüße, 世界 \uD83D\uDE00"), Value.UNIT,
            new Value.Vec(List.of(new Value.Int(1), new Value.Int(2))),
            new Value.Map(ordered()),
            new Value.Struct("geo.Point", Map.of("x", new Value.Float(1.5))),
            new Value.Struct(null, Map.of()),
            Value.some(new Value.Variant("geo.Shape", "Line", List.of(new Value.Int(3), new Value.Str("")))),
            Value.NONE));

    private static Map<Value, Value> ordered() {
        Map<Value, Value> m = new LinkedHashMap<>();
        m.put(new Value.Str("b"), new Value.Int(2));
        m.put(new Value.Str("a"), new Value.Int(1));
        return m;
    }

    private static DataInputStream written(IOExceptionalWrite w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        w.write(new DataOutputStream(bytes));
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    interface IOExceptionalWrite {
        void write(DataOutputStream out) throws IOException;
    }

    @Test
    void aCallCarriesEveryKindOfValueAndKeepsMapOrder() throws IOException {
        DataInputStream in = written(out -> Frames.writeCall(out, 7, "geo.api", "Point::new", List.of(EVERY_KIND, new Value.Int(0))));
        Frames.Frame f = Frames.read(in);
        assertEquals(Frames.CALL, f.kind());
        assertEquals(7, f.id());
        assertEquals("geo.api", f.module());
        assertEquals("Point::new", f.function());
        assertEquals(List.of(EVERY_KIND, new Value.Int(0)), f.args());
        assertEquals(List.of(new Value.Str("b"), new Value.Str("a")), List.copyOf(((Value.Map) ((Value.Tuple) f.args().get(0)).items().get(6)).entries().keySet()));
        assertNull(Frames.read(in), "the end of the stream");
    }

    @Test
    void answersAndOutputComeBackAsWritten() throws IOException {
        Panic panic = new Panic("too deep: 3", List.of("plug.api.deep (src/plug/api.t:43:16)"), 2, List.of("plug.api.top (src/plug/api.t:1:1)"));
        DataInputStream in = written(out -> {
            Frames.writeReady(out);
            Frames.writeOutput(out, Frames.OUT, "héllo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, 7);
            Frames.writeResult(out, 1, new Value.Int(5));
            Frames.writePanic(out, 2, panic);
            Frames.writeFailure(out, 3, "module plug.api has no pub fn `nope`");
        });
        assertEquals(Frames.READY, Frames.read(in).kind());
        Frames.Frame printed = Frames.read(in);
        assertEquals(Frames.OUT, printed.kind());
        assertArrayEquals("héllo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), printed.bytes());
        assertEquals(new Value.Int(5), Frames.read(in).result());
        assertEquals(panic, Frames.read(in).panic());
        assertEquals("module plug.api has no pub fn `nope`", Frames.read(in).failure());
    }

    @Test
    void garbageIsAnErrorNotAValue() {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(new byte[] {99, 0, 0, 0, 0, 0, 0, 0, 1}));
        assertThrows(IOException.class, () -> Frames.read(in));
        DataInputStream cut = new DataInputStream(new ByteArrayInputStream(new byte[] {Frames.RESULT, 0, 0, 0}));
        assertThrows(IOException.class, () -> Frames.read(cut));
    }
}
