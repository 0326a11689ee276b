package org.tlang.wasm.encode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one WebAssembly module in the binary format: function imports first (they take the
 * lowest function indexes), then defined functions, one memory, mutable globals, exports and
 * active data segments.
 */
public final class ModuleWriter {
    private record Import(String module, String name, int type) {}

    private record Function(int type, List<ValType> locals, Code body) {}

    private record Global(ValType type, long init) {}

    private record Export(String name, int kind, int index) {}

    private record Data(int offset, byte[] bytes) {}

    private final Map<FuncType, Integer> types = new LinkedHashMap<>();
    private final List<Import> imports = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final List<Data> data = new ArrayList<>();
    private int minPages = 1;
    private int maxPages = 1;
    private int declared;

    private int type(FuncType t) {
        return types.computeIfAbsent(t, k -> types.size());
    }

    /** Imports a function; all imports must come before the first {@link #declare}. */
    public int importFunction(String module, String name, FuncType type) {
        if (declared > 0) throw new IllegalStateException("imports come before defined functions");
        imports.add(new Import(module, name, type(type)));
        return imports.size() - 1;
    }

    /** Reserves the index of a function whose body {@link #define} gives later (so bodies may call each other). */
    public int declare(FuncType type) {
        functions.add(new Function(type(type), null, null));
        declared++;
        return imports.size() + functions.size() - 1;
    }

    public void define(int index, List<ValType> locals, Code body) {
        Function f = functions.get(index - imports.size());
        functions.set(index - imports.size(), new Function(f.type, List.copyOf(locals), body));
    }

    public int global(ValType type, long init) {
        globals.add(new Global(type, init));
        return globals.size() - 1;
    }

    /** Sets the initial value of a global declared before its value was known. */
    public void initGlobal(int index, long init) {
        globals.set(index, new Global(globals.get(index).type, init));
    }

    public void memory(int minPages, int maxPages) {
        this.minPages = minPages;
        this.maxPages = maxPages;
    }

    public void exportFunction(String name, int index) {
        exports.add(new Export(name, 0, index));
    }

    public void exportMemory(String name) {
        exports.add(new Export(name, 2, 0));
    }

    public void data(int offset, byte[] bytes) {
        data.add(new Data(offset, bytes));
    }

    public byte[] toByteArray() {
        Bytes out = new Bytes().raw(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Bytes s = new Bytes().u32(types.size());
        for (FuncType t : types.keySet()) {
            s.u8(0x60).u32(t.params().size());
            for (ValType p : t.params()) s.u8(p.code);
            if (t.result() == null) s.u32(0);
            else s.u32(1).u8(t.result().code);
        }
        section(out, 1, s);
        s = new Bytes().u32(imports.size());
        for (Import i : imports) s.name(i.module).name(i.name).u8(0).u32(i.type);
        section(out, 2, s);
        s = new Bytes().u32(functions.size());
        for (Function f : functions) s.u32(f.type);
        section(out, 3, s);
        section(out, 5, new Bytes().u32(1).u8(1).u32(minPages).u32(maxPages));
        s = new Bytes().u32(globals.size());
        for (Global g : globals) {
            s.u8(g.type.code).u8(1);
            switch (g.type) {
                case I32 -> s.u8(0x41).s64((int) g.init);
                case I64 -> s.u8(0x42).s64(g.init);
                case F64 -> s.u8(0x44).f64(Double.longBitsToDouble(g.init));
            }
            s.u8(Code.END);
        }
        section(out, 6, s);
        s = new Bytes().u32(exports.size());
        for (Export e : exports) s.name(e.name).u8(e.kind).u32(e.index);
        section(out, 7, s);
        s = new Bytes().u32(functions.size());
        for (Function f : functions) {
            if (f.body == null) throw new IllegalStateException("function " + functions.indexOf(f) + " declared, never defined");
            Bytes body = new Bytes().u32(f.locals.size());
            for (ValType l : f.locals) body.u32(1).u8(l.code);
            body.raw(f.body.toByteArray()).u8(Code.END);
            s.sized(body);
        }
        section(out, 10, s);
        s = new Bytes().u32(data.size());
        for (Data d : data) s.u32(0).u8(0x41).s64(d.offset).u8(Code.END).u32(d.bytes.length).raw(d.bytes);
        section(out, 11, s);
        return out.toByteArray();
    }

    private static void section(Bytes out, int id, Bytes content) {
        out.u8(id).sized(content);
    }
}
