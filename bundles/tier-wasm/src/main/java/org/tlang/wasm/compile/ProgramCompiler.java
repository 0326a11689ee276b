package org.tlang.wasm.compile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tlang.runtime.builtins.Builtin;
import org.tlang.runtime.builtins.BuiltinTable;
import org.tlang.runtime.builtins.PreludeBuiltins;
import org.tlang.spi.tier.ProgramTier;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.Pos;
import org.tlang.tir.TEnum;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.TStatic;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;
import org.tlang.wasm.encode.Code;
import org.tlang.wasm.encode.FuncType;
import org.tlang.wasm.encode.ModuleWriter;
import org.tlang.wasm.encode.ValType;

/**
 * Compiles a whole program, the functions reachable from {@code main}, to one WebAssembly module.
 * The module imports WASI preview 1 for output and arguments and a few host functions of its own
 * ({@code tlang.*}): raising a panic, the safepoint poll, printed forms, Str comparison, and the
 * built-ins that work on numbers and Str (the same Java methods every tier calls). Everything else,
 * memory included, stays inside the module.
 */
public final class ProgramCompiler {
    private static final ValType I32 = ValType.I32, I64 = ValType.I64, F64 = ValType.F64;

    /** Built-ins the module does itself; the others go to the host if their types allow ({@link #bridge}). */
    static final Set<String> NATIVE = Set.of("print", "println", "eprint", "eprintln", "Vec::new", "Vec.len", "Vec.is_empty",
            "Vec.push", "Vec.pop", "Vec.get", "Option.unwrap", "Option.expect", "Option.is_some", "Option.is_none",
            "Option.unwrap_or", "Result.unwrap", "Result.expect", "Result.is_ok", "Result.is_err", "Result.unwrap_or");

    /** Panic messages the module raises by number ({@code tlang.panic_code}). */
    public static final List<String> PANICS = List.of("integer overflow", "division by zero", "stack overflow", "out of memory",
            "called `unwrap` on `None`");
    /** The position id that stands for the innermost frame's latest call or loop back edge. */
    public static final int LATEST_POSITION = -1;
    static final int OVERFLOW = 0, DIVISION_BY_ZERO = 1, STACK_OVERFLOW = 2, OUT_OF_MEMORY = 3, UNWRAP_NONE = 4;

    final ModuleWriter w = new ModuleWriter();
    private final Map<String, TModule> modules = new LinkedHashMap<>();
    private final Map<String, TStruct> structs = new HashMap<>();
    private final Map<String, TEnum> enums = new HashMap<>();
    private final int maxPages;

    private final Map<TFunction, Integer> functionIndex = new IdentityHashMap<>();
    private final Map<TFunction, Integer> functionIds = new IdentityHashMap<>();
    private final List<WasmProgram.Frame> frames = new ArrayList<>();
    private final List<Pos> positions = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private final Map<Type, Integer> typeIds = new HashMap<>();
    private final List<WasmProgram.Bridge> bridges = new ArrayList<>();
    private final Map<String, Integer> bridgeImports = new HashMap<>();
    private final Map<String, Integer> strings = new HashMap<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final Map<String, StaticSlot> statics = new LinkedHashMap<>();

    record StaticSlot(TStatic decl, String module, int value, int state, int getter) {}

    // host imports
    int panic, panicCode, panicIndex, panicErr, poll, show, strCmp, eq, frem, fdWrite, argsSizesGet, argsGet;
    // runtime functions of the module
    int alloc, concat, vecNew, vecPush, vecSlot, write, imul, ineg;

    public ProgramCompiler(List<TModule> program, int maxPages) {
        for (TModule m : program) {
            modules.put(m.name(), m);
            for (TStruct s : m.structs()) structs.put(s.name(), s);
            for (TEnum e : m.enums()) enums.put(e.name(), e);
        }
        this.maxPages = maxPages;
    }

    /** The module of the program whose entry is {@code main} of {@code entry}. */
    public WasmProgram compile(String entry) throws ProgramTier.Refused {
        TModule module = modules.get(entry);
        TFunction main = module == null ? null : module.function("main");
        if (main == null || main.params().size() > 1 || main.result() != Type.UNIT) {
            throw new IllegalArgumentException("module " + entry + " has no `fn main()` or `fn main(args: Vec<Str>)`");
        }
        try {
            List<TFunction> reachable = reachable(main);
            importHost(reachable);
            w.global(I32, 0); // SP
            w.global(I32, 0); // HP
            w.global(I32, 0); // TICKS
            RuntimeFunctions.declare(this);
            for (TFunction f : reachable) {
                functionIndex.put(f, w.declare(new FuncType(Layout.params(f.params().stream().map(l -> l.type()).toList()),
                        Layout.of(f.result()))));
            }
            for (StaticSlot s : statics.values()) declareStatic(s);
            int start = w.declare(FuncType.of(null));
            w.exportFunction("main", start);
            w.exportMemory("memory");
            for (TFunction f : reachable) new FunctionCompiler(this, f).compile();
            for (StaticSlot s : statics.values()) defineStatic(s);
            RuntimeFunctions.define(this);
            boolean takesArgs = !main.params().isEmpty();
            RuntimeFunctions.defineStart(this, start, functionIndex.get(main), takesArgs);
            int heapBase = align(Layout.DATA + data.size());
            int pages = heapBase / 65536 + 2;
            if (pages > maxPages) throw new Refusal(entry, main.pos(), "the program's memory limit is too small to start it");
            w.data(Layout.NEWLINE, new byte[] {'\n'});
            w.data(Layout.DATA, data.toByteArray());
            w.initGlobal(WasmProgram.SP, Layout.STACK_BASE);
            w.initGlobal(WasmProgram.HP, heapBase);
            w.memory(pages, maxPages);
            return new WasmProgram(w.toByteArray(), List.copyOf(frames), List.copyOf(positions), List.copyOf(types), List.copyOf(bridges),
                    Map.copyOf(structs), Map.copyOf(enums), maxPages, takesArgs);
        } catch (Refusal r) {
            throw new ProgramTier.Refused(r.module, r.pos, r.getMessage());
        }
    }

    private static int align(int n) {
        return (n + 7) & ~7;
    }

    /** The functions main calls, directly or not, and the initialisers of the statics they read. */
    private List<TFunction> reachable(TFunction main) {
        List<TFunction> out = new ArrayList<>();
        Deque<TFunction> todo = new ArrayDeque<>();
        todo.add(main);
        functionIds.put(main, 0);
        while (!todo.isEmpty()) {
            TFunction f = todo.removeFirst();
            out.add(f);
            Reach.each(f.body(), e -> {
                TFunction next = switch (e) {
                    case TExpr.Call c -> callee(c.callee(), c.pos(), f);
                    case TExpr.Global g -> staticOf(g.ref(), g.pos(), f).decl().init();
                    case TExpr.SetGlobal g -> staticOf(g.ref(), g.pos(), f).decl().init();
                    default -> null;
                };
                if (next != null && !functionIds.containsKey(next)) {
                    functionIds.put(next, 0);
                    todo.add(next);
                }
            });
        }
        for (TFunction f : out) {
            functionIds.put(f, frames.size());
            frames.add(new WasmProgram.Frame(f.qualifiedName(), f.file()));
        }
        return out;
    }

    private TFunction callee(FunctionRef ref, Pos pos, TFunction caller) {
        TModule m = modules.get(ref.module());
        TFunction f = m == null ? null : m.function(ref.name());
        if (f == null && m != null) {
            throw new Refusal(caller.module(), pos, "the wasm tier does not run foreign functions: `" + ref.qualifiedName() + "` is C code");
        }
        if (f == null) {
            throw new Refusal(caller.module(), pos, "the wasm tier does not run native modules: `" + ref.qualifiedName() + "` is Java code");
        }
        return f;
    }

    StaticSlot staticOf(GlobalRef ref, Pos pos, TFunction user) {
        StaticSlot slot = statics.get(ref.qualifiedName());
        if (slot != null) return slot;
        TModule m = modules.get(ref.module());
        TStatic decl = m == null ? null : m.statics().stream().filter(s -> s.name().equals(ref.name())).findFirst().orElse(null);
        if (decl == null) throw new Refusal(user.module(), pos, "the wasm tier does not run native modules: `" + ref.qualifiedName() + "` is Java state");
        slot = new StaticSlot(decl, ref.module(), -1, -1, -1);
        statics.put(ref.qualifiedName(), slot);
        return slot;
    }

    private void importHost(List<TFunction> reachable) {
        String wasi = "wasi_snapshot_preview1";
        fdWrite = w.importFunction(wasi, "fd_write", FuncType.of(I32, I32, I32, I32, I32));
        argsSizesGet = w.importFunction(wasi, "args_sizes_get", FuncType.of(I32, I32, I32));
        argsGet = w.importFunction(wasi, "args_get", FuncType.of(I32, I32, I32));
        panic = w.importFunction("tlang", "panic", FuncType.of(null, I32, I32));
        panicCode = w.importFunction("tlang", "panic_code", FuncType.of(null, I32, I32));
        panicIndex = w.importFunction("tlang", "panic_index", FuncType.of(null, I64, I64, I32));
        panicErr = w.importFunction("tlang", "panic_err", FuncType.of(null, I64, I32, I32, I32));
        poll = w.importFunction("tlang", "poll", FuncType.of(I32, I32));
        show = w.importFunction("tlang", "show", FuncType.of(I32, I64, I32));
        strCmp = w.importFunction("tlang", "str_cmp", FuncType.of(I32, I32, I32));
        eq = w.importFunction("tlang", "eq", FuncType.of(I32, I64, I64, I32));
        frem = w.importFunction("tlang", "frem", FuncType.of(F64, F64, F64));
        for (TFunction f : reachable) {
            Reach.each(f.body(), e -> {
                if (e instanceof TExpr.Intrinsic in && !NATIVE.contains(in.name())) bridge(in, f);
            });
        }
    }

    /** Imports the host function that runs built-in {@code in} (once per name and types), or refuses it. */
    private void bridge(TExpr.Intrinsic in, TFunction f) {
        List<Type> params = in.args().stream().map(TExpr::type).toList();
        String key = in.name() + params + in.type();
        if (bridgeImports.containsKey(key)) return;
        Builtin b = BuiltinTable.get(in.name());
        String why = b == null ? "is not a built-in" : b.kind() == Builtin.Kind.INTERPRETED || b.takesContext() ? "needs the runtime" : null;
        java.lang.reflect.Method m = why == null ? b.method() : null;
        if (m != null) {
            Class<?>[] javaParams = m.getParameterTypes();
            for (int i = 0; i < javaParams.length && why == null; i++) {
                if (!hostable(in.name(), javaParams[i], params.get(i), false)) why = "takes a " + params.get(i);
            }
            if (why == null && !hostable(in.name(), m.getReturnType(), in.type(), true)) why = "gives a " + in.type();
        }
        if (in.name().equals(PreludeBuiltins.TRACE)) {
            throw new Refusal(f.module(), in.pos(), "the wasm tier does not run `#[trace]` functions (their spans need the runtime's telemetry); use --tier tiered, jit or interp");
        }
        if (why != null) throw new Refusal(f.module(), in.pos(), "the wasm tier does not run `" + in.name() + "` (it " + why + ")");
        for (Type t : params) checkType(t, f.module(), in.pos());
        List<ValType> wasmParams = new ArrayList<>(Layout.params(params));
        wasmParams.add(I32); // the call's position
        int index = w.importFunction("tlang", "b" + bridges.size(), new FuncType(wasmParams, Layout.of(in.type())));
        bridges.add(new WasmProgram.Bridge(b, params, in.type()));
        bridgeImports.put(key, index);
    }

    /** Built-ins that read a Vec and do not change it: the host gets a copy. */
    private static final Set<String> READS_VEC = Set.of("Vec.join", "Vec.contains", "Vec.slice");

    /** Int, Float, Bool or Str: a value the host reads and writes by itself. */
    private static boolean simple(Type t) {
        return t == Type.INT || t == Type.FLOAT || t == Type.BOOL || t == Type.STR;
    }

    /** An Option or Vec of a simple type, which a built-in may give. */
    private static boolean simpleContainer(Type t, String name) {
        return t instanceof Type.Named n && n.name().equals(name) && simple(n.arg(0));
    }

    /** Whether a Java parameter or result of a built-in can carry {@code t} across the boundary. */
    private static boolean hostable(String builtin, Class<?> java, Type t, boolean result) {
        if (java == org.tlang.runtime.Vec.class) {
            return simpleContainer(t, "Vec") && (result || READS_VEC.contains(builtin));
        }
        if (java == org.tlang.runtime.EnumValue.class) return result && simpleContainer(t, "Option");
        if (java == long.class) return t == Type.INT;
        if (java == double.class) return t == Type.FLOAT;
        if (java == boolean.class) return t == Type.BOOL;
        if (java == String.class) return t == Type.STR;
        if (java == void.class) return t == Type.UNIT || t == Type.NEVER;
        if (java == Object.class) {
            return result ? simple(t) || t == Type.UNIT || t == Type.NEVER : true;
        }
        return false;
    }

    int bridgeImport(TExpr.Intrinsic in) {
        return bridgeImports.get(in.name() + in.args().stream().map(TExpr::type).toList() + in.type());
    }

    int function(FunctionRef ref) {
        TModule m = modules.get(ref.module());
        return functionIndex.get(m.function(ref.name()));
    }

    int index(TFunction f) {
        return functionIndex.get(f);
    }

    int functionId(TFunction f) {
        return functionIds.get(f);
    }

    /** The id of a source position, for the host's traces. */
    int position(Pos pos) {
        positions.add(pos == null ? Pos.NONE : pos);
        return positions.size() - 1;
    }

    int typeId(Type t) {
        return typeIds.computeIfAbsent(t, k -> {
            types.add(k);
            return types.size() - 1;
        });
    }

    /** The address of a Str literal in the data segment. */
    int string(String s) {
        return strings.computeIfAbsent(s, k -> {
            byte[] bytes = k.getBytes(StandardCharsets.UTF_8);
            while (data.size() % 4 != 0) data.write(0);
            int at = Layout.DATA + data.size();
            int n = bytes.length;
            data.write(n);
            data.write(n >>> 8);
            data.write(n >>> 16);
            data.write(n >>> 24);
            data.writeBytes(bytes);
            return at;
        });
    }

    TStruct struct(String name) {
        return structs.get(name);
    }

    TEnum enumOf(String name) {
        return enums.get(name);
    }

    /** Refuses a type the tier has no layout for; generic user types too (their values would need boxing). */
    void checkType(Type t, String module, Pos pos) {
        String why = switch (t) {
            case Type.Prim p -> p == Type.Prim.BYTES ? "Bytes" : null;
            case Type.Tuple tu -> {
                for (Type i : tu.items()) checkType(i, module, pos);
                yield null;
            }
            case Type.Named n -> switch (n.name()) {
                case "Vec", "Option", "Result" -> {
                    for (Type a : n.args()) checkType(a, module, pos);
                    yield null;
                }
                default -> {
                    TStruct s = structs.get(n.name());
                    TEnum en = enums.get(n.name());
                    if (s != null) yield s.typeParams().isEmpty() ? null : "generic structs";
                    if (en != null) yield en.typeParams().isEmpty() ? null : "generic enums";
                    yield n.simpleName() + " values";
                }
            };
            case Type.Fn f -> "function values";
            case Type.Param p -> "generic code";
            case Type.Var v -> "an uninferred type";
        };
        if (why != null) throw new Refusal(module, pos, "the wasm tier does not run " + why + " (`" + t + "`)");
    }

    /** The field types of enum value {@code type}'s variant {@code index}. */
    List<Type> variantFields(Type type, int index) {
        Type.Named n = (Type.Named) type;
        return switch (n.name()) {
            case "Option" -> index == 1 ? List.of(n.arg(0)) : List.of();
            case "Result" -> List.of(n.arg(index));
            default -> enums.get(n.name()).variants().get(index).fields();
        };
    }

    List<Type> structFields(Type type) {
        if (type instanceof Type.Tuple t) return t.items();
        return structs.get(((Type.Named) type).name()).fieldTypes();
    }

    private void declareStatic(StaticSlot s) {
        ValType vt = Layout.of(s.decl().type());
        if (vt == null) throw new Refusal(s.module(), s.decl().init().pos(), "the wasm tier does not run unit statics");
        int value = w.global(vt, 0);
        int state = w.global(I32, 0);
        int getter = w.declare(FuncType.of(vt));
        statics.put(s.module() + "." + s.decl().name(), new StaticSlot(s.decl(), s.module(), value, state, getter));
    }

    /** A static's getter: initialises it on first use (every tier initialises a static before any code reads it). */
    private void defineStatic(StaticSlot s) {
        StaticSlot slot = statics.get(s.module() + "." + s.decl().name());
        Code c = new Code();
        c.globalGet(slot.state()).ifThen(null).globalGet(slot.value()).op(Code.RETURN).end();
        c.i32(1).globalSet(slot.state());
        c.call(functionIndex.get(slot.decl().init())).globalSet(slot.value());
        c.globalGet(slot.value());
        w.define(slot.getter(), List.of(), c);
    }

    StaticSlot staticSlot(GlobalRef ref) {
        return statics.get(ref.qualifiedName());
    }

    int maxPages() {
        return maxPages;
    }
}
