package org.tlang.std.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.json}: any T value to JSON text, and JSON text to the module's {@code Json} enum.
 * See docs/stdlib.md for the mapping.
 */
@Component(service = NativeModule.class)
public final class JsonModule extends JavaModule {
    static final String MODULE = "std.json";

    /** The T declarations of std.json; the variant order must match {@link #JSON}. */
    static final String SOURCE = """
            /// A JSON document: what `decode` returns, and encoded as the JSON it stands for.
            pub enum Json { Null, Bool(Bool), Int(Int), Float(Float), Str(Str), Arr(Vec<Json>), Obj(Map<Str, Json>) }

            impl Json {
                /// The member `key` of an object; None for a missing key or a value that is not an object.
                pub fn get(self, key: Str) -> Option<Json> { match self { Json::Obj(m) => m.get(key), _ => None } }
                /// Element `i` of an array.
                pub fn at(self, i: Int) -> Option<Json> {
                    match self { Json::Arr(v) => if i >= 0 && i < v.len() { Some(v[i]) } else { None }, _ => None }
                }
                pub fn as_str(self) -> Option<Str> { match self { Json::Str(s) => Some(s), _ => None } }
                /// An integral number (written without fraction or exponent, within 64 bits).
                pub fn as_int(self) -> Option<Int> { match self { Json::Int(n) => Some(n), _ => None } }
                /// Any number, as a Float.
                pub fn as_float(self) -> Option<Float> {
                    match self { Json::Int(n) => Some(n as Float), Json::Float(f) => Some(f), _ => None }
                }
                pub fn as_bool(self) -> Option<Bool> { match self { Json::Bool(b) => Some(b), _ => None } }
                pub fn as_vec(self) -> Option<Vec<Json>> { match self { Json::Arr(v) => Some(v), _ => None } }
                pub fn as_map(self) -> Option<Map<Str, Json>> { match self { Json::Obj(m) => Some(m), _ => None } }
                pub fn is_null(self) -> Bool { match self { Json::Null => true, _ => false } }
            }
            """;

    static final EnumShape JSON = new EnumShape(MODULE + ".Json", List.of("Null", "Bool", "Int", "Float", "Str", "Arr", "Obj"));
    private static final int NULL = 0, BOOL = 1, INT = 2, FLOAT = 3, STR = 4, ARR = 5, OBJ = 6;
    private static final int MAX_DEPTH = 500;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    public JsonModule() {
        super(MODULE, SOURCE, MethodHandles.lookup());
        function("encode", "fn(T) -> Str", "encode");
        function("pretty", "fn(T) -> Str", "pretty");
        function("decode", "fn(Str) -> Result<Json, Str>", "decode");
    }

    // ---- encode

    public static String encode(Object value) {
        return write(value, false);
    }

    public static String pretty(Object value) {
        return write(value, true);
    }

    private static String write(Object value, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.useDefaultPrettyPrinter();
            write(g, value, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object v, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new PanicException("json.encode: the value nests deeper than " + MAX_DEPTH + " (a cycle?)");
        switch (v) {
            case null -> g.writeNull();
            case Long n -> g.writeNumber(n);
            case Double d -> {
                if (d.isNaN() || d.isInfinite()) g.writeNull();
                else g.writeNumber(d);
            }
            case Boolean b -> g.writeBoolean(b);
            case String s -> g.writeString(s);
            case Unit u -> g.writeNull();
            case Bytes b -> g.writeBinary(b.toArray());
            case Tuple t -> {
                g.writeStartArray();
                for (int i = 0; i < t.size(); i++) write(g, t.get(i), depth + 1);
                g.writeEndArray();
            }
            case Collection<?> c -> {
                g.writeStartArray();
                for (Object o : c) write(g, o, depth + 1);
                g.writeEndArray();
            }
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeFieldName(e.getKey() instanceof String s ? s : Printer.show(e.getKey()));
                    write(g, e.getValue(), depth + 1);
                }
                g.writeEndObject();
            }
            case StructValue s -> {
                g.writeStartObject();
                List<String> names = s.shape().fieldNames();
                for (int i = 0; i < names.size(); i++) {
                    g.writeFieldName(names.get(i));
                    write(g, s.get(i), depth + 1);
                }
                g.writeEndObject();
            }
            case EnumValue e -> writeEnum(g, e, depth);
            default -> throw new PanicException("json.encode: cannot encode " + Printer.show(v) + " (functions, tasks and channels have no JSON form)");
        }
    }

    private static void writeEnum(JsonGenerator g, EnumValue e, int depth) throws IOException {
        String shape = e.shape().name();
        if (shape.equals(JSON.name())) {
            write(g, e.variant() == NULL ? null : e.field(0), depth);
            return;
        }
        if (shape.equals(EnumShape.OPTION.name())) {
            write(g, e.variant() == EnumShape.NONE ? null : e.field(0), depth + 1);
            return;
        }
        int arity = e.arity();
        if (arity == 0) {
            g.writeString(e.variantName());
            return;
        }
        g.writeStartObject();
        g.writeFieldName(e.variantName());
        if (arity == 1) {
            write(g, e.field(0), depth + 1);
        } else {
            g.writeStartArray();
            for (int i = 0; i < arity; i++) write(g, e.field(i), depth + 1);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    // ---- decode

    /** Result<Json, Str>. */
    public static Object decode(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) return EnumValue.err("line 1, column 1: no JSON value (the text is empty)");
            Object value = read(p, first);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                return EnumValue.err(where(p) + ": unexpected " + p.getText() + " after the JSON value");
            }
            return EnumValue.ok(value);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String at = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            return EnumValue.err(at + e.getOriginalMessage());
        } catch (IOException e) {
            return EnumValue.err(e.getMessage());
        }
    }

    private static String where(JsonParser p) {
        var loc = p.currentTokenLocation();
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_NULL -> json(NULL);
            case VALUE_TRUE -> json(BOOL, Boolean.TRUE);
            case VALUE_FALSE -> json(BOOL, Boolean.FALSE);
            case VALUE_STRING -> json(STR, p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG
                    ? json(INT, p.getLongValue()) : json(FLOAT, p.getDoubleValue());
            case VALUE_NUMBER_FLOAT -> json(FLOAT, p.getDoubleValue());
            case START_ARRAY -> {
                Vec items = new Vec();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) items.add(read(p, n));
                yield json(ARR, items);
            }
            case START_OBJECT -> {
                LinkedHashMap<Object, Object> members = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String key = p.currentName();
                    members.put(key, read(p, p.nextToken()));
                }
                yield json(OBJ, members);
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        };
    }

    private static EnumValue json(int variant, Object... fields) {
        return new EnumValue(JSON, variant, fields);
    }
}
