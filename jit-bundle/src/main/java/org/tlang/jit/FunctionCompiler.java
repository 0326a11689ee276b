package org.tlang.jit;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Long;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.ClosureMaker;
import org.tlang.runtime.ConstantValue;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Executable;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.StructLayout;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;
import org.tlang.tir.TPattern;
import org.tlang.tir.Type;

/**
 * Compiles one TIR function to one class with a static method {@code call} whose type is
 * {@link JvmTypes#methodType} of the function's signature. Int, Float and Bool stay primitive; calls
 * to T functions are {@code invokedynamic} bound to the callee's switchable call site; parts the
 * compiler does not handle itself (string building, pattern matching, collections ...) run in the
 * interpreter as "islands" over a frame holding the locals they use. A function it cannot compile
 * at all (a `return` or `?` inside such a part, a local captured by reference) raises
 * {@link Unsupported}.
 */
final class FunctionCompiler {
    /** Why a function stays interpreted; not an error. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** JVM representation of a value: long, double, boolean (int), reference, nothing (unit), or none at all (never returns). */
    enum R { J, D, Z, A, V, N }

    private static final ClassDesc CD_RT = ClassDesc.of("org.tlang.jit.JitRuntime");
    private static final ClassDesc CD_PANIC = ClassDesc.of("org.tlang.runtime.PanicException");
    private static final ClassDesc CD_FRAME = ClassDesc.of("org.tlang.runtime.Frame");
    private static final ClassDesc CD_NODE = ClassDesc.of("org.tlang.runtime.Executable");
    private static final ClassDesc CD_UNIT = ClassDesc.of("org.tlang.runtime.Unit");
    private static final ClassDesc CD_STATIC = ClassDesc.of("org.tlang.runtime.StaticCell");
    private static final ClassDesc CD_STRUCT = ClassDesc.of("org.tlang.runtime.StructValue");
    private static final ClassDesc CD_VEC = ClassDesc.of("org.tlang.runtime.Vec");
    private static final ClassDesc CD_SOE = ClassDesc.of("java.lang.StackOverflowError");
    private static final ClassDesc CD_MATH = ClassDesc.of("java.lang.Math");
    private static final ClassDesc CD_OBJECTS = CD_Object.arrayType();
    private static final MethodTypeDesc MTD_JJII_J = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_int, CD_int);
    private static final DirectMethodHandleDesc BOOTSTRAP = ConstantDescs.ofCallsiteBootstrap(CD_RT, "link",
            ConstantDescs.CD_CallSite, CD_int);

    private record Field(String name, ClassDesc type, int index) {}

    private record LoopCtx(Label cont, Label brk, int held, R value, int valueSlot) {}

    private final TFunction fn;
    private final Linkage linkage;
    private final ClassDesc self;
    private final List<Object> constants = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    final List<String> islands = new ArrayList<>();

    // per method body
    private CodeBuilder code;
    private int[] slots;
    private int frameSlot;
    private final Deque<LoopCtx> loops = new ArrayDeque<>();
    private int held;
    private int line = -1;
    private final List<Runnable> handlers = new ArrayList<>();
    private R result;
    /** On-stack replacement: the loop compiled as an entry, the entry's frame and `for` counter/bound parameters. */
    private TExpr osrLoop;
    private int osrFrame = -1;
    private int osrI;
    private int osrEnd;

    FunctionCompiler(TFunction fn, Linkage linkage, String className) {
        this(fn, linkage, className, List.of());
    }

    /** For a closure's body: {@code captured} (its locals that receive the captured values) come before its parameters. */
    private FunctionCompiler(TFunction fn, Linkage linkage, String className, List<TLocal> captured) {
        this.fn = fn;
        this.linkage = linkage;
        this.self = ClassDesc.of(className);
        this.className = className;
        this.captured = captured;
    }

    /** A class this function's class needs, to be defined first: a closure's (see {@link #compileClosure}). */
    record Extra(String name, byte[] bytes, Object[] constants) {}

    final List<Extra> extras = new ArrayList<>();
    private final String className;
    private final List<TLocal> captured;
    private ClassFile classFile;

    Object[] constants() {
        return constants.toArray();
    }

    static R repr(Type t) {
        if (t == Type.INT) return R.J;
        if (t == Type.FLOAT) return R.D;
        if (t == Type.BOOL) return R.Z;
        if (t == Type.UNIT) return R.V;
        if (t == Type.NEVER) return R.N;
        return R.A;
    }

    /** What a local's JVM slot holds: its value, or for a local captured by reference its {@link org.tlang.runtime.Box}. */
    private static R slotRepr(TLocal l) {
        return l.boxed() ? R.A : repr(l.type());
    }

    /** Reads a local (through its Box when closures capture it by reference). */
    private void loadLocal(TLocal l) {
        if (l.boxed()) {
            code.aload(slot(l));
            code.checkcast(CD_BOX);
            code.getfield(CD_BOX, "value", CD_Object);
            coerce(R.A, repr(l.type()));
            return;
        }
        R r = repr(l.type());
        if (r != R.V) load(r, slot(l));
    }

    /**
     * Binds a local (`let`, a pattern, a loop variable) to the value of representation {@code r} on
     * the stack; a local captured by reference gets a fresh Box, as in the interpreter.
     */
    private void bindLocal(TLocal l, R r) {
        if (l.boxed()) {
            coerce(r, R.A);
            code.new_(CD_BOX);
            code.dup_x1();
            code.swap();
            code.invokespecial(CD_BOX, "<init>", MethodTypeDesc.of(CD_void, CD_Object));
            code.astore(slot(l));
            return;
        }
        R want = repr(l.type());
        coerce(r, want);
        if (want != R.V) store(want, slot(l));
    }

    /** Representation in a JVM signature (JvmTypes.of): unit parameters are references. */
    private static R paramRepr(Type t) {
        R r = repr(t);
        return r == R.V || r == R.N ? R.A : r;
    }

    private static ClassDesc desc(R r) {
        return switch (r) {
            case J -> CD_long;
            case D -> CD_double;
            case Z -> CD_boolean;
            case A -> CD_Object;
            case V, N -> CD_void;
        };
    }

    private static TypeKind kind(R r) {
        return switch (r) {
            case J -> TypeKind.LONG;
            case D -> TypeKind.DOUBLE;
            case Z -> TypeKind.INT;
            case A -> TypeKind.REFERENCE;
            case V, N -> TypeKind.VOID;
        };
    }

    static MethodTypeDesc methodDesc(Type.Fn sig) {
        MethodType mt = JvmTypes.methodType(sig);
        return MethodTypeDesc.ofDescriptor(mt.toMethodDescriptorString());
    }

    byte[] compile(ClassFile cf) {
        classFile = cf;
        if (fn.isAsync()) throw new Unsupported("async fn");
        Set<TLocal> all = locals();
        MethodTypeDesc mtd = methodDesc(fn.signature());
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.with(SourceFileAttribute.of(shortFile()));
            cb.withMethodBody("call", mtd, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> body(c, all));
            staticInit(cb);
        });
    }

    /**
     * Compiles a closure's body as a class implementing FnValue: fields hold the captured values,
     * {@code call(Object[])} unboxes the arguments and calls the static {@code body(captured...,
     * params...)}, which is compiled as any function is.
     */
    private byte[] compileClosure(ClassFile cf) {
        classFile = cf;
        if (fn.isAsync()) throw new Unsupported("async closure");
        Set<TLocal> all = locals();
        List<ClassDesc> capturedTypes = captured.stream().map(l -> desc(l.boxed() ? R.A : paramRepr(l.type()))).toList();
        List<ClassDesc> bodyParams = new ArrayList<>(capturedTypes);
        for (TLocal p : fn.params()) bodyParams.add(desc(paramRepr(p.type())));
        R res = repr(fn.result()) == R.N ? R.V : repr(fn.result());
        MethodTypeDesc bodyType = MethodTypeDesc.of(desc(res), bodyParams);
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withInterfaceSymbols(CD_FN_VALUE);
            cb.with(SourceFileAttribute.of(shortFile()));
            for (int i = 0; i < capturedTypes.size(); i++) cb.withField("c" + i, capturedTypes.get(i), ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, capturedTypes), ClassFile.ACC_PUBLIC, c -> {
                c.aload(0);
                c.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                for (int i = 0; i < capturedTypes.size(); i++) {
                    c.aload(0);
                    c.loadLocal(TypeKind.from(capturedTypes.get(i)), c.parameterSlot(i));
                    c.putfield(self, "c" + i, capturedTypes.get(i));
                }
                c.return_();
            });
            cb.withMethodBody("call", MethodTypeDesc.of(CD_Object, CD_OBJECTS), ClassFile.ACC_PUBLIC, c -> {
                code = c;
                for (int i = 0; i < capturedTypes.size(); i++) {
                    c.aload(0);
                    c.getfield(self, "c" + i, capturedTypes.get(i));
                }
                for (int i = 0; i < fn.params().size(); i++) {
                    c.aload(1);
                    c.loadConstant(i);
                    c.aaload();
                    coerce(R.A, paramRepr(fn.params().get(i).type()));
                }
                c.invokestatic(self, "body", bodyType);
                coerce(res, R.A);
                c.areturn();
            });
            cb.withMethodBody("body", bodyType, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> body(c, all));
            staticInit(cb);
        });
    }

    private int closures;

    /** The class of {@code c}'s values with its body compiled (defined before this function's class), or null if its body cannot be compiled. */
    private String closureClass(TExpr.Closure c) {
        String name = className + "$c" + closures++;
        FunctionCompiler body = new FunctionCompiler(c.function(), linkage, name, c.capturedInto());
        byte[] bytes;
        try {
            bytes = body.compileClosure(classFile);
        } catch (Unsupported u) {
            return null;
        }
        extras.addAll(body.extras);
        extras.add(new Extra(name, bytes, body.constants()));
        for (String island : body.islands) islands.add(island + " (in a closure)");
        return name;
    }

    /** A closure whose body is compiled: {@code new C(captured values...)}. */
    private void newClosure(TExpr.Closure c, String closureClass) {
        ClassDesc type = ClassDesc.of(closureClass);
        code.new_(type);
        code.dup();
        List<ClassDesc> params = new ArrayList<>();
        for (TLocal l : c.captures()) {
            R r = slotRepr(l);
            R want = l.boxed() ? R.A : paramRepr(l.type()); // a local captured by reference: its Box
            if (r != R.V) load(r, slot(l));
            coerce(r, want);
            params.add(desc(want));
        }
        code.invokespecial(type, "<init>", MethodTypeDesc.of(CD_void, params));
    }

    /**
     * Compiles {@code loop} (a loop of this function) as an on-stack-replacement entry: a class with
     * {@code static boolean osr(Frame, long, long)} as {@link org.tlang.spi.tier.LoopCompiler}
     * describes it. Panics leave it without this function's frame: the interpreted activation that
     * entered it records that.
     */
    byte[] compileLoop(ClassFile cf, TExpr loop) {
        classFile = cf;
        if (fn.isAsync()) throw new Unsupported("async fn");
        boolean forEach = loop instanceof TExpr.ForEach fe && (isVec(fe.iterable().type()) || takenAtOnce(fe.iterable().type()));
        if (!(loop instanceof TExpr.Loop || loop instanceof TExpr.ForRange || forEach)) throw new Unsupported("not a loop with an entry");
        Set<TLocal> all = locals();
        MethodTypeDesc mtd = MethodTypeDesc.of(CD_boolean, CD_FRAME, CD_long, CD_long);
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.with(SourceFileAttribute.of(shortFile()));
            cb.withMethodBody("osr", mtd, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> osrBody(c, all, loop));
            staticInit(cb);
        });
    }

    private void osrBody(CodeBuilder c, Set<TLocal> all, TExpr loop) {
        code = c;
        osrLoop = loop;
        osrFrame = c.parameterSlot(0);
        osrI = c.parameterSlot(1);
        osrEnd = c.parameterSlot(2);
        slots = new int[Math.max(fn.localCount(), 1)];
        java.util.Arrays.fill(slots, -1);
        result = repr(fn.result());
        if (result == R.N) result = R.V;
        for (TLocal l : all) {
            R r = slotRepr(l);
            if (r == R.V) continue;
            int s = c.allocateLocal(kind(r));
            slots[l.index()] = s;
            frameArray(r);
            c.loadConstant(l.index());
            if (r == R.A) {
                c.aaload();
            } else {
                c.laload();
                if (r == R.Z) c.l2i();
                if (r == R.D) c.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
            }
            store(r, s);
        }
        frameSlot = c.allocateLocal(TypeKind.REFERENCE);
        c.aconst_null();
        c.astore(frameSlot);
        gen(loop);
        coerce(repr(loop.type()), R.A);
        osrLeave(false);
        for (Runnable h : handlers) h.run();
    }

    /** The entry's frame array holding locals of representation {@code r}. */
    private void frameArray(R r) {
        code.aload(osrFrame);
        code.getfield(CD_FRAME, r == R.A ? "refs" : "prims", r == R.A ? CD_OBJECTS : CD_long.arrayType());
    }

    /** Leaves an OSR entry with the boxed value on the stack as the frame's completion, every local written back. */
    private void osrLeave(boolean returned) {
        code.aload(osrFrame);
        code.swap();
        code.putfield(CD_FRAME, "completion", CD_Object);
        if (!returned) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] < 0) continue;
                TLocal l = localAt(i);
                if (l == null) continue;
                R r = slotRepr(l);
                frameArray(r);
                code.loadConstant(i);
                load(r, slots[i]);
                switch (r) {
                    case Z -> code.i2l();
                    case D -> code.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
                    default -> {}
                }
                if (r == R.A) code.aastore();
                else code.lastore();
            }
        }
        code.loadConstant(returned ? 1 : 0);
        code.ireturn();
    }

    private java.util.Map<Integer, TLocal> localsByIndex;

    /** The function's locals: captured values (a closure's), parameters, then those of its body. */
    private Set<TLocal> locals() {
        Set<TLocal> all = new LinkedHashSet<>(captured);
        all.addAll(fn.params());
        Tir.locals(fn.body(), all::add, all::add);
        for (TLocal l : all) {
            if (l.type() == Type.NEVER) throw new Unsupported("local of type !");
        }
        return all;
    }

    /** The T source file, as traces name it. */
    private String file() {
        return fn.file() == null ? "?" : fn.file();
    }

    /** The file's name for the SourceFile attribute. */
    private String shortFile() {
        return file().substring(file().lastIndexOf('/') + 1);
    }

    private TLocal localAt(int index) {
        if (localsByIndex == null) {
            localsByIndex = new java.util.HashMap<>();
            for (TLocal l : locals()) localsByIndex.putIfAbsent(l.index(), l);
        }
        return localsByIndex.get(index);
    }

    private void staticInit(ClassBuilder cb) {
        for (Field f : fields) cb.withField(f.name(), f.type(), ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
        if (fields.isEmpty()) return;
        cb.withMethodBody("<clinit>", MethodTypeDesc.of(CD_void), ClassFile.ACC_STATIC, c -> {
            c.ldc(self);
            c.invokestatic(CD_RT, "constants", MethodTypeDesc.of(CD_OBJECTS, ConstantDescs.CD_Class));
            int k = c.allocateLocal(TypeKind.REFERENCE);
            c.astore(k);
            for (Field f : fields) {
                c.aload(k);
                c.loadConstant(f.index());
                c.aaload();
                c.checkcast(f.type());
                c.putstatic(self, f.name(), f.type());
            }
            c.return_();
        });
    }

    private void body(CodeBuilder c, Set<TLocal> all) {
        String file = file();
        code = c;
        slots = new int[Math.max(fn.localCount(), 1)];
        java.util.Arrays.fill(slots, -1);
        for (int i = 0; i < captured.size(); i++) slots[captured.get(i).index()] = c.parameterSlot(i);
        for (int i = 0; i < fn.params().size(); i++) slots[fn.params().get(i).index()] = c.parameterSlot(captured.size() + i);
        result = repr(fn.result());
        if (result == R.N) result = R.V;
        Label start = c.newLabel();
        Label end = c.newLabel();
        c.labelBinding(start);
        // every other local starts at its default, so the verifier sees it assigned on every path
        for (TLocal l : all) {
            if (slots[l.index()] >= 0) continue;
            R r = slotRepr(l);
            if (r == R.V) continue;
            int s = c.allocateLocal(kind(r));
            slots[l.index()] = s;
            pushDefault(r);
            store(r, s);
        }
        // a parameter captured by reference arrives as a plain value and moves into its Box
        for (TLocal p : fn.params()) {
            if (!p.boxed()) continue;
            R r = paramRepr(p.type());
            load(r, slots[p.index()]);
            slots[p.index()] = c.allocateLocal(TypeKind.REFERENCE);
            bindLocal(p, r);
        }
        frameSlot = c.allocateLocal(TypeKind.REFERENCE);
        c.aconst_null();
        c.astore(frameSlot);
        genAs(fn.body(), result);
        ret(result);
        for (Runnable h : handlers) h.run();
        c.labelBinding(end);
        Label onPanic = c.newLabel();
        Label onOverflow = c.newLabel();
        c.exceptionCatch(start, end, onPanic, CD_PANIC);
        c.exceptionCatch(start, end, onOverflow, CD_SOE);
        c.labelBinding(onPanic);
        c.ldc(fn.qualifiedName());
        c.ldc(file);
        c.invokestatic(CD_RT, "leave", MethodTypeDesc.of(CD_PANIC, CD_PANIC, CD_String, CD_String));
        c.athrow();
        c.labelBinding(onOverflow);
        c.pop();
        c.ldc(fn.qualifiedName());
        c.ldc(file);
        c.invokestatic(CD_RT, "overflow", MethodTypeDesc.of(CD_PANIC, CD_String, CD_String));
        c.athrow();
    }

    // --- helpers ---

    private void ret(R r) {
        switch (r) {
            case J -> code.lreturn();
            case D -> code.dreturn();
            case Z -> code.ireturn();
            case A -> code.areturn();
            case V, N -> code.return_();
        }
    }

    private void pushDefault(R r) {
        switch (r) {
            case J -> code.lconst_0();
            case D -> code.dconst_0();
            case Z -> code.iconst_0();
            case A -> code.aconst_null();
            case V, N -> {}
        }
    }

    private void store(R r, int slot) {
        switch (r) {
            case J -> code.lstore(slot);
            case D -> code.dstore(slot);
            case Z -> code.istore(slot);
            case A -> code.astore(slot);
            case V, N -> {}
        }
    }

    private void load(R r, int slot) {
        switch (r) {
            case J -> code.lload(slot);
            case D -> code.dload(slot);
            case Z -> code.iload(slot);
            case A -> code.aload(slot);
            case V, N -> {}
        }
    }

    private void pop(R r) {
        switch (r) {
            case J, D -> code.pop2();
            case Z, A -> code.pop();
            case V, N -> {}
        }
    }

    private String constant(Object value, ClassDesc type) {
        int index = constants.size();
        constants.add(value);
        String name = "k" + index;
        fields.add(new Field(name, type, index));
        return name;
    }

    private void pos(TExpr e) {
        code.loadConstant(e.pos().line());
        code.loadConstant(e.pos().column());
    }

    /** Converts the value on the stack from {@code from} to {@code to}. */
    private void coerce(R from, R to) {
        if (from == to) return;
        if (to == R.N) to = R.V;
        if (from == R.N) {
            pushDefault(to); // unreachable: keeps the stack shape the code after it expects
            return;
        }
        if (from == to) return;
        if (to == R.V) {
            pop(from);
            return;
        }
        if (to == R.A) {
            switch (from) {
                case J -> code.invokestatic(CD_Long, "valueOf", MethodTypeDesc.of(CD_Long, CD_long));
                case D -> code.invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
                case Z -> code.invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean));
                case V -> code.getstatic(CD_UNIT, "VALUE", CD_UNIT);
                default -> throw new Unsupported("coerce " + from + " to " + to);
            }
            return;
        }
        if (from == R.A) {
            switch (to) {
                case J -> {
                    code.checkcast(CD_Long);
                    code.invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long));
                }
                case D -> {
                    code.checkcast(CD_Double);
                    code.invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
                }
                case Z -> {
                    code.checkcast(CD_Boolean);
                    code.invokevirtual(CD_Boolean, "booleanValue", MethodTypeDesc.of(CD_boolean));
                }
                default -> throw new Unsupported("coerce " + from + " to " + to);
            }
            return;
        }
        throw new Unsupported("coerce " + from + " to " + to);
    }

    private void genAs(TExpr e, R want) {
        gen(e);
        coerce(repr(e.type()), want);
    }

    /** Generates {@code e} while {@code n} values are held on the operand stack below it. */
    private void genHeld(TExpr e, R want, int n) {
        held += n;
        genAs(e, want);
        held -= n;
    }

    // --- expressions: each leaves a value of repr(e.type()) ---

    private void gen(TExpr e) {
        if (e.pos() != null && e.pos().line() > 0 && e.pos().line() != line) {
            line = e.pos().line();
            code.lineNumber(line);
        }
        switch (e) {
            case TExpr.Const c -> constant(c);
            case TExpr.Local l -> loadLocal(l.local());
            case TExpr.Let l -> {
                R r = l.local().boxed() ? R.A : repr(l.local().type());
                genAs(l.init(), r);
                bindLocal(l.local(), r);
            }
            case TExpr.SetLocal s when uncheckedSteps.contains(s) -> {
                // `i += 1` closing a `while i < n` body (or `i -= 1` under `i > n`): cannot overflow
                TExpr.Binary step = (TExpr.Binary) s.value();
                int i = slot(s.local());
                code.lload(i);
                code.lconst_1();
                if (step.op() == BinaryOp.ADD) code.ladd();
                else code.lsub();
                code.lstore(i);
            }
            case TExpr.SetLocal s when s.local().boxed() -> {
                code.aload(slot(s.local()));
                code.checkcast(CD_BOX);
                genHeld(s.value(), R.A, 1);
                code.putfield(CD_BOX, "value", CD_Object);
            }
            case TExpr.SetLocal s -> {
                R r = repr(s.local().type());
                genAs(s.value(), r);
                if (r != R.V) store(r, slot(s.local()));
            }
            case TExpr.Global g -> {
                StaticCell cell = linkage.global(g.ref());
                code.getstatic(self, constant(cell, CD_STATIC), CD_STATIC);
                pos(g);
                code.invokestatic(CD_RT, "staticGet", MethodTypeDesc.of(CD_Object, CD_STATIC, CD_int, CD_int));
                coerce(R.A, repr(g.type()));
            }
            case TExpr.SetGlobal g -> {
                StaticCell cell = linkage.global(g.ref());
                code.getstatic(self, constant(cell, CD_STATIC), CD_STATIC);
                genHeld(g.value(), R.A, 1);
                code.invokevirtual(CD_STATIC, "set", MethodTypeDesc.of(CD_void, CD_Object));
            }
            case TExpr.Binary b -> binary(b);
            case TExpr.Unary u -> unary(u);
            case TExpr.Cast c -> {
                Type from = c.value().type();
                if (from == Type.INT && c.type() == Type.FLOAT) {
                    genAs(c.value(), R.J);
                    code.l2d();
                } else if (from == Type.FLOAT && c.type() == Type.INT) {
                    genAs(c.value(), R.D);
                    code.d2l();
                } else {
                    genAs(c.value(), repr(c.type()));
                }
            }
            case TExpr.If i -> {
                R r = repr(i.type());
                Label otherwise = code.newLabel();
                Label end = code.newLabel();
                jumpIf(i.cond(), false, otherwise);
                genAs(i.then(), r);
                code.goto_(end);
                code.labelBinding(otherwise);
                if (i.otherwise() != null) genAs(i.otherwise(), r);
                else coerce(R.V, r);
                code.labelBinding(end);
            }
            case TExpr.Block b -> {
                for (TExpr s : b.statements()) genAs(s, R.V);
                if (b.result() != null) genAs(b.result(), repr(b.type()));
                else if (repr(b.type()) != R.V && repr(b.type()) != R.N) coerce(R.V, repr(b.type()));
            }
            case TExpr.Loop l -> loop(l);
            case TExpr.ForRange r -> forRange(r);
            case TExpr.ForEach fe when isVec(fe.iterable().type()) -> forEach(fe, false);
            case TExpr.ForEach fe when takenAtOnce(fe.iterable().type()) -> forEach(fe, true);
            case TExpr.Break b -> {
                LoopCtx ctx = loops.peek();
                if (ctx == null || held != ctx.held()) throw new Unsupported("break inside an expression");
                if (b.value() != null) {
                    genAs(b.value(), ctx.value() == R.N ? R.V : ctx.value());
                    if (ctx.valueSlot() >= 0) store(ctx.value(), ctx.valueSlot());
                }
                code.goto_(ctx.brk());
            }
            case TExpr.Continue c -> {
                LoopCtx ctx = loops.peek();
                if (ctx == null || held != ctx.held()) throw new Unsupported("continue inside an expression");
                code.goto_(ctx.cont());
            }
            case TExpr.Return r -> {
                if (r.value() != null) genAs(r.value(), result);
                else coerce(R.V, result);
                if (osrFrame >= 0) {
                    coerce(result, R.A);
                    osrLeave(true);
                } else {
                    ret(result);
                }
            }
            case TExpr.Call c when !c.async() -> call(c);
            case TExpr.Intrinsic in when intrinsic(in) -> {}
            case TExpr.Index ix when isVec(ix.target().type()) -> {
                genAs(ix.target(), R.A);
                genHeld(ix.index(), R.J, 1);
                pos(ix);
                R elem = elementRepr(ix.type());
                code.invokestatic(CD_RT, "vecGet" + typedSuffix(elem), MethodTypeDesc.of(desc(elem), CD_Object, CD_long, CD_int, CD_int));
                coerce(elem, repr(ix.type()));
            }
            case TExpr.Index ix when ix.target().type() instanceof Type.Named n && n.name().equals("Map") -> {
                genAs(ix.target(), R.A);
                genHeld(ix.index(), R.A, 1);
                pos(ix);
                code.invokestatic(CD_RT, "mapGet", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, CD_int, CD_int));
                coerce(R.A, repr(ix.type()));
            }
            case TExpr.MapNew m -> {
                ClassDesc map = ClassDesc.of("java.util.LinkedHashMap");
                code.new_(map);
                code.dup();
                code.invokespecial(map, "<init>", MethodTypeDesc.of(CD_void));
                for (int i = 0; i < m.keys().size(); i++) {
                    code.dup();
                    genHeld(m.keys().get(i), R.A, 2);
                    genHeld(m.values().get(i), R.A, 3);
                    code.invokevirtual(map, "put", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
                    code.pop();
                }
            }
            case TExpr.SetIndex s when s.target().type() instanceof Type.Named n && n.name().equals("Map") -> {
                ClassDesc map = ClassDesc.of("java.util.Map");
                genAs(s.target(), R.A);
                code.checkcast(map);
                genHeld(s.index(), R.A, 1);
                genHeld(s.value(), R.A, 2);
                code.invokeinterface(map, "put", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
                code.pop();
            }
            case TExpr.SetIndex s when isVec(s.target().type()) -> {
                R elem = elementRepr(s.value().type());
                genAs(s.target(), R.A);
                genHeld(s.index(), R.J, 1);
                genHeld(s.value(), elem, 2);
                pos(s);
                code.invokestatic(CD_RT, "vecSet" + typedSuffix(elem), MethodTypeDesc.of(CD_void, CD_Object, CD_long, desc(elem), CD_int, CD_int));
            }
            case TExpr.FieldGet g -> fieldGet(g);
            case TExpr.SetField s -> setField(s);
            case TExpr.StructNew sn when shape(sn) != null -> structNew(sn);
            case TExpr.VariantNew vn when shape(vn) != null -> variantNew(vn);
            case TExpr.Match m when matchable(m) -> match(m);
            case TExpr.Destructure d when simple(d.pattern(), 0) -> destructure(d);
            case TExpr.Interpolate s -> interpolate(s);
            case TExpr.CallValue c -> callValue(c);
            case TExpr.Try t -> question(t);
            case TExpr.FunctionValue f when constantOf(f) != null -> {
                code.getstatic(self, constant(constantOf(f).value(), CD_Object), CD_Object);
            }
            case TExpr.Closure c -> {
                String compiled = closureClass(c);
                if (compiled != null) newClosure(c, compiled);
                else if (closureMaker(c) != null) makeClosure(c);
                else island(c);
            }
            case TExpr.VecNew v when isVec(v.type()) -> vecNew(v);
            case TExpr.TupleNew t -> {
                code.new_(CD_TUPLE);
                code.dup();
                objects(t.items(), 2);
                code.invokespecial(CD_TUPLE, "<init>", MethodTypeDesc.of(CD_void, CD_OBJECTS));
            }
            case TExpr.TupleGet t -> {
                genAs(t.tuple(), R.A);
                code.checkcast(CD_TUPLE);
                code.loadConstant(t.index());
                code.invokevirtual(CD_TUPLE, "get", MethodTypeDesc.of(CD_Object, CD_int));
                coerce(R.A, repr(t.type()));
            }
            default -> island(e);
        }
    }

    private static final ClassDesc CD_ENUM = ClassDesc.of("org.tlang.runtime.EnumValue");
    private static final ClassDesc CD_TUPLE = ClassDesc.of("org.tlang.runtime.Tuple");
    private static final ClassDesc CD_BOXED_CALL = ClassDesc.of("org.tlang.runtime.BoxedCall");
    private static final ClassDesc CD_FN_VALUE = ClassDesc.of("org.tlang.runtime.FnValue");
    private static final ClassDesc CD_BOX = ClassDesc.of("org.tlang.runtime.Box");
    private static final ClassDesc CD_CLOSURE_MAKER = ClassDesc.of("org.tlang.runtime.ClosureMaker");
    private static final ClassDesc CD_PRINTER = ClassDesc.of("org.tlang.runtime.Printer");
    private static final ClassDesc CD_STRUCT_SHAPE = ClassDesc.of("org.tlang.runtime.StructShape");
    private static final ClassDesc CD_ENUM_SHAPE = ClassDesc.of("org.tlang.runtime.EnumShape");
    /** The interpreter's node of each expression asked about, or why the interpreter could not compile it. */
    private final java.util.Map<TExpr, Object> interpreted = new java.util.IdentityHashMap<>();

    /**
     * The interpreter's node for {@code e}, compiled once per expression: what an interpreted part
     * runs, and where struct shapes, constants, closure makers and built-ins are read from.
     */
    private Executable interpreted(TExpr e) {
        Object node = interpreted.computeIfAbsent(e, x -> {
            try {
                return linkage.interpreted(x);
            } catch (RuntimeException ex) {
                return ex;
            }
        });
        if (node instanceof RuntimeException ex) {
            throw new Unsupported("the interpreter cannot compile " + e.getClass().getSimpleName() + ": " + ex);
        }
        return (Executable) node;
    }

    /** {@link #interpreted}, or null when the interpreter cannot compile {@code e}. */
    private Executable interpretedOrNull(TExpr e) {
        try {
            return interpreted(e);
        } catch (Unsupported u) {
            return null;
        }
    }

    /** The shape of a struct literal as this module version sees it, or null to leave it to an island. */
    private StructShape shape(TExpr.StructNew sn) {
        return linkage.struct(sn.struct().name());
    }

    /** The shape of an enum variant's enum as this module version sees it, or null to leave it to an island. */
    private EnumShape shape(TExpr.VariantNew vn) {
        return linkage.enumShape(vn.enumName());
    }

    /** {@code new S_<layout>(shape, fields...)}: the class of the struct's layout, fields unboxed where it holds them so. */
    private void structNew(TExpr.StructNew sn) {
        StructShape shape = shape(sn);
        String layout = shape.layout().code();
        ClassDesc type = ClassDesc.of(StructLayout.className(layout));
        code.new_(type);
        code.dup();
        code.getstatic(self, constant(shape, CD_STRUCT_SHAPE), CD_STRUCT_SHAPE);
        List<ClassDesc> params = new ArrayList<>();
        params.add(CD_STRUCT_SHAPE);
        for (int i = 0; i < layout.length(); i++) {
            R r = fieldRepr(layout.charAt(i));
            if (layout.charAt(i) == 'O') optionPayload(sn.fields().get(i), 3 + i);
            else genHeld(sn.fields().get(i), r, 3 + i);
            params.add(desc(r));
        }
        code.invokespecial(type, "<init>", MethodTypeDesc.of(CD_void, params));
    }

    /** What an Option field holds for {@code e}: Some's payload or null, without making the Option when {@code e} is `Some(x)` or `None`. */
    private void optionPayload(TExpr e, int below) {
        if (e instanceof TExpr.VariantNew vn && vn.enumName().equals("Option")) {
            if (vn.args().isEmpty()) code.aconst_null();
            else genHeld(vn.args().getFirst(), R.A, below);
            return;
        }
        genHeld(e, R.A, below);
        toPayload();
    }

    private void toPayload() {
        code.invokestatic(CD_ENUM, "payloadOrNull", MethodTypeDesc.of(CD_Object, CD_Object));
    }

    private static R fieldRepr(char letter) {
        return switch (letter) {
            case 'J' -> R.J;
            case 'D' -> R.D;
            case 'Z' -> R.Z;
            default -> R.A;
        };
    }

    private final java.util.Map<String, java.util.Optional<String>> layouts = new java.util.HashMap<>();

    /** The layout of the struct type {@code t} as this module version sees it, or null if unknown. */
    private String layout(Type t) {
        if (!(t instanceof Type.Named n)) return null;
        return layouts.computeIfAbsent(n.name(), name -> java.util.Optional.ofNullable(linkage.struct(name))
                .map(shape -> shape.layout().code())).orElse(null);
    }

    /**
     * A field of the struct's layout class, read directly. A value of another class (the struct was
     * changed by a reload this code predates) is read through StructValue's accessors, as the
     * interpreter would.
     */
    private void fieldGet(TExpr.FieldGet g) {
        fieldGet(g, false);
    }

    /** An Option field read for a match: Some's payload or null, no Option made (see {@link #fieldGet}). */
    private void optionFieldPayload(TExpr.FieldGet g) {
        fieldGet(g, true);
    }

    private void fieldGet(TExpr.FieldGet g, boolean payload) {
        String layout = layout(g.target().type());
        R field = layout == null ? R.A : fieldRepr(layout.charAt(g.index()));
        genAs(g.target(), R.A);
        if (layout != null) {
            ClassDesc type = ClassDesc.of(StructLayout.className(layout));
            Label slow = code.newLabel();
            Label done = code.newLabel();
            code.dup();
            code.instanceOf(type);
            code.ifeq(slow);
            code.checkcast(type);
            code.getfield(type, "f" + g.index(), desc(field));
            if (layout.charAt(g.index()) == 'O' && !payload) code.invokestatic(CD_ENUM, "option", MethodTypeDesc.of(CD_ENUM, CD_Object));
            code.goto_(done);
            code.labelBinding(slow);
            accessor(field, g.index());
            if (payload) toPayload();
            code.labelBinding(done);
        } else {
            accessor(field, g.index());
            if (payload) toPayload();
        }
        coerce(field, repr(g.type()));
    }

    /** Whether {@code e} reads a struct field held as an Option's payload (layout letter O). */
    private boolean isOptionField(TExpr e) {
        if (!(e instanceof TExpr.FieldGet g)) return false;
        String layout = layout(g.target().type());
        return layout != null && layout.charAt(g.index()) == 'O';
    }

    private void setField(TExpr.SetField s) {
        String layout = layout(s.target().type());
        R field = layout == null ? R.A : fieldRepr(layout.charAt(s.index()));
        genAs(s.target(), R.A);
        code.checkcast(CD_STRUCT);
        genHeld(s.value(), field, 1);
        if (layout != null) {
            ClassDesc type = ClassDesc.of(StructLayout.className(layout));
            int value = code.allocateLocal(kind(field));
            int target = code.allocateLocal(TypeKind.REFERENCE);
            store(field, value);
            code.astore(target);
            Label slow = code.newLabel();
            Label done = code.newLabel();
            code.aload(target);
            code.instanceOf(type);
            code.ifeq(slow);
            code.aload(target);
            code.checkcast(type);
            load(field, value);
            if (layout.charAt(s.index()) == 'O') toPayload();
            code.putfield(type, "f" + s.index(), desc(field));
            code.goto_(done);
            code.labelBinding(slow);
            code.aload(target);
            code.loadConstant(s.index());
            load(field, value);
            setter(field);
            code.labelBinding(done);
        } else {
            // stack: struct, value
            int value = code.allocateLocal(kind(field));
            store(field, value);
            code.loadConstant(s.index());
            load(field, value);
            setter(field);
        }
    }

    /** With a struct on the stack, calls StructValue's accessor of field {@code index} for a field of {@code r}. */
    private void accessor(R r, int index) {
        code.checkcast(CD_STRUCT);
        code.loadConstant(index);
        switch (r) {
            case J -> code.invokevirtual(CD_STRUCT, "getLong", MethodTypeDesc.of(CD_long, CD_int));
            case D -> code.invokevirtual(CD_STRUCT, "getDouble", MethodTypeDesc.of(CD_double, CD_int));
            case Z -> code.invokevirtual(CD_STRUCT, "getBool", MethodTypeDesc.of(CD_boolean, CD_int));
            default -> code.invokevirtual(CD_STRUCT, "get", MethodTypeDesc.of(CD_Object, CD_int));
        }
    }

    /** With a struct, an index and a value of {@code r} on the stack, calls StructValue's setter for it. */
    private void setter(R r) {
        switch (r) {
            case J -> code.invokevirtual(CD_STRUCT, "setLong", MethodTypeDesc.of(CD_void, CD_int, CD_long));
            case D -> code.invokevirtual(CD_STRUCT, "setDouble", MethodTypeDesc.of(CD_void, CD_int, CD_double));
            case Z -> code.invokevirtual(CD_STRUCT, "setBool", MethodTypeDesc.of(CD_void, CD_int, CD_boolean));
            default -> code.invokevirtual(CD_STRUCT, "set", MethodTypeDesc.of(CD_void, CD_int, CD_Object));
        }
    }

    private void variantNew(TExpr.VariantNew vn) {
        EnumShape shape = shape(vn);
        if (vn.args().isEmpty()) {
            // as the interpreter: one value per variant without fields
            code.getstatic(self, constant(new org.tlang.runtime.EnumValue(shape, vn.index(), new Object[0]), CD_ENUM), CD_ENUM);
            return;
        }
        code.new_(CD_ENUM);
        code.dup();
        code.getstatic(self, constant(shape, CD_ENUM_SHAPE), CD_ENUM_SHAPE);
        code.loadConstant(vn.index());
        if (vn.args().size() == 1) {
            genHeld(vn.args().getFirst(), R.A, 4);
            code.invokespecial(CD_ENUM, "<init>", MethodTypeDesc.of(CD_void, CD_ENUM_SHAPE, CD_int, CD_Object));
            return;
        }
        objects(vn.args(), 4);
        code.invokespecial(CD_ENUM, "<init>", MethodTypeDesc.of(CD_void, CD_ENUM_SHAPE, CD_int, CD_OBJECTS));
    }

    /** An Object[] of the boxed values of {@code items}, with {@code below} values already on the stack. */
    private void objects(List<TExpr> items, int below) {
        code.loadConstant(items.size());
        code.anewarray(CD_Object);
        for (int i = 0; i < items.size(); i++) {
            code.dup();
            code.loadConstant(i);
            genHeld(items.get(i), R.A, below + 3);
            code.aastore();
        }
    }

    /** A match the compiler does itself: patterns of variants, literals, bindings and wildcards. */
    private boolean matchable(TExpr.Match m) {
        for (TExpr.Arm a : m.arms()) if (!simple(a.pattern(), 0)) return false;
        return true;
    }

    private boolean simple(org.tlang.tir.TPattern p, int depth) {
        return switch (p) {
            case org.tlang.tir.TPattern.Wildcard w -> true;
            case org.tlang.tir.TPattern.Bind b -> !b.local().boxed() && b.local().type() != Type.NEVER;
            case org.tlang.tir.TPattern.Literal l -> l.value() != null;
            case TPattern.Range r -> r.from() instanceof Long && r.to() instanceof Long || r.from() instanceof Double && r.to() instanceof Double;
            case TPattern.Or o -> depth < 4 && o.alternatives().stream().allMatch(a -> simple(a, depth + 1));
            case org.tlang.tir.TPattern.Variant v -> depth < 4 && v.args().stream().allMatch(a -> simple(a, depth + 1));
            case TPattern.Tuple t -> depth < 4 && t.items().stream().allMatch(a -> simple(a, depth + 1));
            case TPattern.Struct st -> depth < 4 && st.fields().stream().allMatch(a -> simple(a, depth + 1));
            default -> false;
        };
    }

    private void match(TExpr.Match m) {
        // the scrutinee's temporary local is the interpreter's; no arm reads it
        if (isOptionField(m.scrutinee()) && m.arms().stream().allMatch(a -> a.pattern() instanceof TPattern.Variant || a.pattern() instanceof TPattern.Wildcard)) {
            matchOptionPayload(m);
            return;
        }
        R r = repr(m.type());
        int value = code.allocateLocal(TypeKind.REFERENCE);
        genAs(m.scrutinee(), R.A);
        code.astore(value);
        if (m.scrutineeLocal() != null && repr(m.scrutineeLocal().type()) != R.V) {
            code.aload(value);
            coerce(R.A, repr(m.scrutineeLocal().type()));
            store(repr(m.scrutineeLocal().type()), slot(m.scrutineeLocal()));
        }
        Label end = code.newLabel();
        for (TExpr.Arm arm : m.arms()) {
            Label next = code.newLabel();
            test(arm.pattern(), value, next);
            if (arm.guard() != null) {
                genAs(arm.guard(), R.Z);
                code.ifeq(next);
            }
            genAs(arm.body(), r);
            code.goto_(end);
            code.labelBinding(next);
        }
        // the checker made the match exhaustive: never reached
        code.aconst_null();
        code.athrow();
        code.labelBinding(end);
    }

    /** `match s.f { Some(p) => .., None => .. }` on an Option field: tests the payload for null, as a Java programmer would. */
    private void matchOptionPayload(TExpr.Match m) {
        R r = repr(m.type());
        int payload = code.allocateLocal(TypeKind.REFERENCE);
        optionFieldPayload((TExpr.FieldGet) m.scrutinee());
        code.astore(payload);
        Label end = code.newLabel();
        for (TExpr.Arm arm : m.arms()) {
            Label next = code.newLabel();
            if (arm.pattern() instanceof TPattern.Variant v) {
                code.aload(payload);
                if (v.index() == org.tlang.runtime.EnumShape.NONE) {
                    code.ifnonnull(next);
                } else {
                    code.ifnull(next);
                    test(v.args().getFirst(), payload, next);
                }
            }
            if (arm.guard() != null) jumpIf(arm.guard(), false, next);
            genAs(arm.body(), r);
            code.goto_(end);
            code.labelBinding(next);
        }
        code.aconst_null();
        code.athrow();
        code.labelBinding(end);
    }

    /** Matches the value in local {@code value} against {@code p}, binding its locals; jumps to {@code fail} if it does not match. */
    private void test(org.tlang.tir.TPattern p, int value, Label fail) {
        switch (p) {
            case org.tlang.tir.TPattern.Wildcard w -> {}
            case org.tlang.tir.TPattern.Bind b -> {
                code.aload(value);
                bindLocal(b.local(), R.A);
            }
            case org.tlang.tir.TPattern.Literal l -> {
                code.aload(value);
                switch (l.value()) {
                    case Long n -> {
                        coerce(R.A, R.J);
                        code.loadConstant(n);
                        code.lcmp();
                        code.ifne(fail);
                    }
                    case Boolean z -> {
                        coerce(R.A, R.Z);
                        if (z) code.ifeq(fail);
                        else code.ifne(fail);
                    }
                    default -> {
                        // as the interpreter: Objects.equals with the literal's value
                        code.getstatic(self, constant(l.value(), CD_Object), CD_Object);
                        code.invokestatic(ClassDesc.of("java.util.Objects"), "equals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                        code.ifeq(fail);
                    }
                }
            }
            case org.tlang.tir.TPattern.Variant v -> {
                code.aload(value);
                code.checkcast(CD_ENUM);
                code.invokevirtual(CD_ENUM, "variant", MethodTypeDesc.of(CD_int));
                code.loadConstant(v.index());
                code.if_icmpne(fail);
                for (int i = 0; i < v.args().size(); i++) {
                    org.tlang.tir.TPattern arg = v.args().get(i);
                    if (arg instanceof org.tlang.tir.TPattern.Wildcard) continue;
                    int field = code.allocateLocal(TypeKind.REFERENCE);
                    code.aload(value);
                    code.checkcast(CD_ENUM);
                    if (v.args().size() == 1) {
                        code.invokevirtual(CD_ENUM, "single", MethodTypeDesc.of(CD_Object));
                    } else {
                        code.loadConstant(i);
                        code.invokevirtual(CD_ENUM, "field", MethodTypeDesc.of(CD_Object, CD_int));
                    }
                    code.astore(field);
                    test(arg, field, fail);
                }
            }
            case TPattern.Range r -> {
                // from <= value, then value < to (<= if inclusive); with Float bounds NaN is in no range
                boolean ints = r.from() instanceof Long;
                code.aload(value);
                coerce(R.A, ints ? R.J : R.D);
                code.dup2();
                code.loadConstant((java.lang.constant.ConstantDesc) r.from());
                if (ints) code.lcmp();
                else code.dcmpl();
                Label low = code.newLabel();
                Label in = code.newLabel();
                code.iflt(low);
                code.loadConstant((java.lang.constant.ConstantDesc) r.to());
                if (ints) code.lcmp();
                else code.dcmpg();
                if (r.inclusive()) code.ifle(in);
                else code.iflt(in);
                code.goto_(fail);
                code.labelBinding(low);
                code.pop2();
                code.goto_(fail);
                code.labelBinding(in);
            }
            case TPattern.Or o -> {
                Label matched = code.newLabel();
                List<TPattern> alts = o.alternatives();
                for (int i = 0; i < alts.size() - 1; i++) {
                    Label next = code.newLabel();
                    test(alts.get(i), value, next);
                    code.goto_(matched);
                    code.labelBinding(next);
                }
                test(alts.getLast(), value, fail);
                code.labelBinding(matched);
            }
            case TPattern.Tuple t -> {
                for (int i = 0; i < t.items().size(); i++) {
                    if (t.items().get(i) instanceof TPattern.Wildcard) continue;
                    int item = code.allocateLocal(TypeKind.REFERENCE);
                    code.aload(value);
                    code.checkcast(CD_TUPLE);
                    code.loadConstant(i);
                    code.invokevirtual(CD_TUPLE, "get", MethodTypeDesc.of(CD_Object, CD_int));
                    code.astore(item);
                    test(t.items().get(i), item, fail);
                }
            }
            case TPattern.Struct st -> {
                for (int i = 0; i < st.fields().size(); i++) {
                    if (st.fields().get(i) instanceof TPattern.Wildcard) continue;
                    int field = code.allocateLocal(TypeKind.REFERENCE);
                    code.aload(value);
                    accessor(R.A, st.fieldIndexes().get(i));
                    code.astore(field);
                    test(st.fields().get(i), field, fail);
                }
            }
            default -> throw new Unsupported("pattern " + p);
        }
    }

    /** `let PATTERN = value;` with an irrefutable pattern (the checker made sure). */
    private void destructure(TExpr.Destructure d) {
        int value = code.allocateLocal(TypeKind.REFERENCE);
        genAs(d.value(), R.A);
        code.astore(value);
        Label unreachable = code.newLabel();
        Label done = code.newLabel();
        test(d.pattern(), value, unreachable);
        code.goto_(done);
        code.labelBinding(unreachable);
        code.aconst_null();
        code.athrow();
        code.labelBinding(done);
    }

    /** The value the interpreter fixed for {@code e} when it compiled it (a named function as a value), or null. */
    private ConstantValue constantOf(TExpr e) {
        return interpretedOrNull(e) instanceof ConstantValue c ? c : null;
    }

    /** The interpreter's maker of this closure expression's values, or null to leave it to an interpreted part. */
    private ClosureMaker closureMaker(TExpr.Closure c) {
        return interpretedOrNull(c) instanceof ClosureMaker m ? m : null;
    }

    /** A closure value from the captured locals' values (captures are by value: see {@link #compile}). */
    private void makeClosure(TExpr.Closure c) {
        code.getstatic(self, constant(closureMaker(c), CD_CLOSURE_MAKER), CD_CLOSURE_MAKER);
        code.loadConstant(c.captures().size());
        code.anewarray(CD_Object);
        for (int i = 0; i < c.captures().size(); i++) {
            TLocal captured = c.captures().get(i);
            R r = slotRepr(captured);
            code.dup();
            code.loadConstant(i);
            if (r != R.V) load(r, slot(captured));
            coerce(r, R.A);
            code.aastore();
        }
        code.invokeinterface(CD_CLOSURE_MAKER, "make", MethodTypeDesc.of(CD_FN_VALUE, CD_OBJECTS));
    }

    /** `value?`: returns None or the Err from this function, else unwraps Some or Ok. */
    private void question(TExpr.Try t) {
        int value = code.allocateLocal(TypeKind.REFERENCE);
        genAs(t.value(), R.A);
        code.checkcast(CD_ENUM);
        code.astore(value);
        Label unwrap = code.newLabel();
        code.aload(value);
        code.invokevirtual(CD_ENUM, "isNoneOrErr", MethodTypeDesc.of(CD_boolean));
        code.ifeq(unwrap);
        code.aload(value);
        if (osrFrame >= 0) {
            osrLeave(true);
        } else {
            coerce(R.A, result);
            ret(result);
        }
        code.labelBinding(unwrap);
        code.aload(value);
        code.invokevirtual(CD_ENUM, "single", MethodTypeDesc.of(CD_Object));
        coerce(R.A, repr(t.type()));
    }

    /** A call of a function value (a closure, or a named function as a value): FnValue.call over boxed arguments. */
    private void callValue(TExpr.CallValue c) {
        genAs(c.callee(), R.A);
        code.checkcast(CD_FN_VALUE);
        objects(c.args(), 1);
        Label from = code.newLabel();
        Label to = code.newLabel();
        Label handler = code.newLabel();
        code.labelBinding(from);
        code.invokeinterface(CD_FN_VALUE, "call", MethodTypeDesc.of(CD_Object, CD_OBJECTS));
        code.labelBinding(to);
        atOnPanic(from, to, handler, c.pos());
        R r = repr(c.type());
        if (r == R.N) {
            code.pop();
            code.aconst_null();
            code.athrow();
        } else {
            coerce(R.A, r);
        }
    }

    /** A panic thrown between {@code from} and {@code to} leaves the call at {@code pos} (JitRuntime.at), as the interpreter records it. */
    private void atOnPanic(Label from, Label to, Label handler, org.tlang.tir.Pos pos) {
        code.exceptionCatch(from, to, handler, CD_PANIC);
        int l = pos.line();
        int col = pos.column();
        handlers.add(() -> {
            code.labelBinding(handler);
            code.loadConstant(l);
            code.loadConstant(col);
            code.invokestatic(CD_RT, "at", MethodTypeDesc.of(CD_PANIC, CD_PANIC, CD_int, CD_int));
            code.athrow();
        });
    }

    /** A Vec literal: elements pushed unboxed where the Vec stores them so. */
    private void vecNew(TExpr.VecNew v) {
        code.new_(CD_VEC);
        code.dup();
        code.loadConstant(v.items().size());
        code.invokespecial(CD_VEC, "<init>", MethodTypeDesc.of(CD_void, CD_int));
        for (TExpr item : v.items()) {
            code.dup();
            R elem = elementRepr(item.type());
            switch (elem) {
                case J -> {
                    genHeld(item, R.J, 2);
                    code.invokevirtual(CD_VEC, "pushLong", MethodTypeDesc.of(CD_void, CD_long));
                }
                case D -> {
                    genHeld(item, R.D, 2);
                    code.invokevirtual(CD_VEC, "pushDouble", MethodTypeDesc.of(CD_void, CD_double));
                }
                default -> {
                    genHeld(item, R.A, 2);
                    code.invokevirtual(CD_VEC, "add", MethodTypeDesc.of(CD_boolean, CD_Object));
                    code.pop();
                }
            }
        }
    }

    /** A string literal with `{}` parts, built as the interpreter builds it (Printer.appendPart). */
    private void interpolate(TExpr.Interpolate s) {
        ClassDesc sb = ClassDesc.of("java.lang.StringBuilder");
        code.new_(sb);
        code.dup();
        code.invokespecial(sb, "<init>", MethodTypeDesc.of(CD_void));
        for (TExpr part : s.parts()) {
            Type t = part.type();
            if (t == Type.STR) {
                genHeld(part, R.A, 1);
                code.checkcast(CD_String);
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_String));
            } else if (t == Type.INT) {
                genHeld(part, R.J, 1);
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_long));
            } else if (t == Type.BOOL) {
                genHeld(part, R.Z, 1);
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_boolean));
            } else if (t == Type.FLOAT) {
                genHeld(part, R.D, 1);
                code.invokestatic(CD_PRINTER, "showFloat", MethodTypeDesc.of(CD_String, CD_double));
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_String));
            } else {
                genHeld(part, R.A, 1);
                code.invokestatic(CD_PRINTER, "appendPart", MethodTypeDesc.of(sb, sb, CD_Object));
            }
        }
        code.invokevirtual(sb, "toString", MethodTypeDesc.of(CD_String));
    }

    private static boolean isVec(Type t) {
        return t instanceof Type.Named n && n.name().equals("Vec");
    }

    /** How a Vec stores elements of type {@code t}: unboxed for Int, Float and Bool. */
    private static R elementRepr(Type t) {
        R r = repr(t);
        return r == R.J || r == R.D || r == R.Z ? r : R.A;
    }

    /** The suffix of JitRuntime's and Vec's typed accessors for elements of representation {@code r}. */
    private static String typedSuffix(R r) {
        return switch (r) {
            case J -> "Long";
            case D -> "Double";
            case Z -> "Bool";
            default -> "";
        };
    }

    private int slot(TLocal l) {
        int s = slots[l.index()];
        if (s < 0) throw new Unsupported("local `" + l.name() + "` has no slot");
        return s;
    }

    private void constant(TExpr.Const c) {
        Object v = c.value();
        if (c.type() == Type.INT) code.loadConstant((Long) v);
        else if (c.type() == Type.FLOAT) code.loadConstant((Double) v);
        else if (c.type() == Type.BOOL) code.loadConstant((Boolean) v ? 1 : 0);
        else if (c.type() == Type.STR) code.ldc((String) v);
        else if (c.type() == Type.UNIT || v == null) coerce(R.V, repr(c.type()));
        else throw new Unsupported("constant of type " + c.type());
    }

    private void bool(java.util.function.Consumer<Label> jumpIfTrue) {
        Label yes = code.newLabel();
        Label end = code.newLabel();
        jumpIfTrue.accept(yes);
        code.iconst_0();
        code.goto_(end);
        code.labelBinding(yes);
        code.iconst_1();
        code.labelBinding(end);
    }

    private void binary(TExpr.Binary b) {
        BinaryOp op = b.op();
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            Label shortcut = code.newLabel();
            Label end = code.newLabel();
            genAs(b.left(), R.Z);
            if (op == BinaryOp.AND) code.ifeq(shortcut);
            else code.ifne(shortcut);
            genAs(b.right(), R.Z);
            code.goto_(end);
            code.labelBinding(shortcut);
            code.loadConstant(op == BinaryOp.AND ? 0 : 1);
            code.labelBinding(end);
            return;
        }
        Type t = b.left().type();
        if (t == Type.INT) {
            genAs(b.left(), R.J);
            genHeld(b.right(), R.J, 1);
            switch (op) {
                case ADD, SUB, MUL, DIV, REM -> {
                    pos(b);
                    code.invokestatic(CD_RT, op.name().toLowerCase(java.util.Locale.ROOT), MTD_JJII_J);
                }
                case BIT_AND -> code.land();
                case BIT_OR -> code.lor();
                case BIT_XOR -> code.lxor();
                case SHL -> { code.l2i(); code.lshl(); }
                case SHR -> { code.l2i(); code.lshr(); }
                case USHR -> { code.l2i(); code.lushr(); }
                case EQ, NE, LT, LE, GT, GE -> {
                    code.lcmp();
                    bool(yes -> branch(op, yes));
                }
                default -> throw new Unsupported(op + " on Int");
            }
            return;
        }
        if (t == Type.FLOAT) {
            switch (op) {
                case ADD, SUB, MUL, DIV, REM, EQ, NE, LT, LE, GT, GE -> {}
                default -> throw new Unsupported(op + " on Float");
            }
            genAs(b.left(), R.D);
            genHeld(b.right(), R.D, 1);
            switch (op) {
                case ADD -> code.dadd();
                case SUB -> code.dsub();
                case MUL -> code.dmul();
                case DIV -> code.ddiv();
                case REM -> code.drem();
                default -> {
                    if (op == BinaryOp.LT || op == BinaryOp.LE) code.dcmpg();
                    else code.dcmpl();
                    bool(yes -> branch(op, yes));
                }
            }
            return;
        }
        if (t == Type.BOOL && (op == BinaryOp.EQ || op == BinaryOp.NE || op == BinaryOp.BIT_AND || op == BinaryOp.BIT_OR
                || op == BinaryOp.BIT_XOR)) {
            genAs(b.left(), R.Z);
            genHeld(b.right(), R.Z, 1);
            switch (op) {
                case EQ -> bool(code::if_icmpeq);
                case NE, BIT_XOR -> code.ixor();
                case BIT_AND -> code.iand();
                default -> code.ior();
            }
            return;
        }
        if (t == Type.STR && isComparison(op) && op != BinaryOp.EQ && op != BinaryOp.NE) {
            // code point order, as the interpreter
            genAs(b.left(), R.A);
            code.checkcast(CD_String);
            genHeld(b.right(), R.A, 1);
            code.checkcast(CD_String);
            code.invokestatic(ClassDesc.of("org.tlang.runtime.Values"), "compareStr", MethodTypeDesc.of(CD_int, CD_String, CD_String));
            bool(yes -> branch(op, yes));
            return;
        }
        if (t == Type.STR && op == BinaryOp.ADD) {
            genAs(b.left(), R.A);
            code.checkcast(CD_String);
            genHeld(b.right(), R.A, 1);
            code.checkcast(CD_String);
            code.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
            return;
        }
        if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            // every other type compares by value, as the interpreter's EqRef does
            genAs(b.left(), R.A);
            genHeld(b.right(), R.A, 1);
            code.invokestatic(ClassDesc.of("java.util.Objects"), "equals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
            if (op == BinaryOp.NE) {
                code.iconst_1();
                code.ixor();
            }
            return;
        }
        island(b);
    }

    /**
     * Jumps to {@code target} if {@code cond} is {@code when}. Comparisons of Int and Float, `&&`,
     * `||` and `!` become jumps without a Bool value in between, as javac compiles conditions.
     */
    private void jumpIf(TExpr cond, boolean when, Label target) {
        switch (cond) {
            case TExpr.Const c when c.value() instanceof Boolean b -> {
                if (b == when) code.goto_(target);
            }
            case TExpr.Unary u when u.operand().type() == Type.BOOL && !u.op().equals("-") -> jumpIf(u.operand(), !when, target);
            case TExpr.Binary b when b.op() == BinaryOp.AND || b.op() == BinaryOp.OR -> {
                boolean decisive = b.op() == BinaryOp.OR; // the left value that decides the whole
                if (when == decisive) {
                    jumpIf(b.left(), when, target);
                    jumpIf(b.right(), when, target);
                } else {
                    Label decided = code.newLabel();
                    jumpIf(b.left(), decisive, decided);
                    jumpIf(b.right(), when, target);
                    code.labelBinding(decided);
                }
            }
            case TExpr.Binary b when isComparison(b.op()) && (b.left().type() == Type.INT || b.left().type() == Type.FLOAT) -> {
                if (b.pos() != null && b.pos().line() > 0 && b.pos().line() != line) {
                    line = b.pos().line();
                    code.lineNumber(line);
                }
                if (b.left().type() == Type.INT) {
                    genAs(b.left(), R.J);
                    genHeld(b.right(), R.J, 1);
                    code.lcmp();
                } else {
                    genAs(b.left(), R.D);
                    genHeld(b.right(), R.D, 1);
                    // NaN compares so that every comparison but != is false, as in binary()
                    if (b.op() == BinaryOp.LT || b.op() == BinaryOp.LE) code.dcmpg();
                    else code.dcmpl();
                }
                branch(when ? b.op() : negation(b.op()), target);
            }
            default -> {
                genAs(cond, R.Z);
                if (when) code.ifne(target);
                else code.ifeq(target);
            }
        }
    }

    private static boolean isComparison(BinaryOp op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    private static BinaryOp negation(BinaryOp op) {
        return switch (op) {
            case EQ -> BinaryOp.NE;
            case NE -> BinaryOp.EQ;
            case LT -> BinaryOp.GE;
            case GE -> BinaryOp.LT;
            case LE -> BinaryOp.GT;
            case GT -> BinaryOp.LE;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    /** After a compare instruction: jump to {@code yes} if the comparison holds. */
    private void branch(BinaryOp op, Label yes) {
        switch (op) {
            case EQ -> code.ifeq(yes);
            case NE -> code.ifne(yes);
            case LT -> code.iflt(yes);
            case LE -> code.ifle(yes);
            case GT -> code.ifgt(yes);
            case GE -> code.ifge(yes);
            default -> throw new IllegalStateException(op.toString());
        }
    }

    private void unary(TExpr.Unary u) {
        Type t = u.operand().type();
        if (u.op().equals("-")) {
            if (t == Type.FLOAT) {
                genAs(u.operand(), R.D);
                code.dneg();
            } else {
                genAs(u.operand(), R.J);
                pos(u);
                code.invokestatic(CD_RT, "neg", MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_int));
            }
        } else if (t == Type.INT) {
            genAs(u.operand(), R.J);
            code.loadConstant(-1L);
            code.lxor();
        } else {
            genAs(u.operand(), R.Z);
            code.iconst_1();
            code.ixor();
        }
    }

    /** Loop counter steps that need no overflow check; see {@link #uncheckedStep}. */
    private final Set<TExpr> uncheckedSteps = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * The last statement of a `while i < n` body when it is `i += 1` and nothing else in the loop
     * writes `i` (or `i -= 1` under `i > n`): the condition held with this `i`, so the step cannot
     * overflow, and without a check HotSpot sees a counted loop (range-check elimination, unrolling).
     */
    private static TExpr.SetLocal uncheckedStep(TExpr.Loop l) {
        if (!(l.cond() instanceof TExpr.Binary c) || !(c.left() instanceof TExpr.Local counter)) return null;
        TLocal i = counter.local();
        if (i.type() != Type.INT || i.boxed() || (c.op() != BinaryOp.LT && c.op() != BinaryOp.GT)) return null;
        if (!(l.body() instanceof TExpr.Block b) || b.result() != null || b.statements().isEmpty()) return null;
        if (!(b.statements().getLast() instanceof TExpr.SetLocal set) || set.local() != i) return null;
        if (!(set.value() instanceof TExpr.Binary step) || !(step.left() instanceof TExpr.Local l2) || l2.local() != i
                || !(step.right() instanceof TExpr.Const one) || !Long.valueOf(1).equals(one.value())) return null;
        if (step.op() != (c.op() == BinaryOp.LT ? BinaryOp.ADD : BinaryOp.SUB)) return null;
        Set<TLocal> written = new java.util.HashSet<>();
        Tir.locals(c.right(), x -> {}, written::add);
        for (TExpr st : b.statements().subList(0, b.statements().size() - 1)) Tir.locals(st, x -> {}, written::add);
        return written.contains(i) ? null : set;
    }

    private void loop(TExpr.Loop l) {
        TExpr.SetLocal step = uncheckedStep(l);
        if (step != null) uncheckedSteps.add(step);
        R value = l.cond() == null ? repr(l.type()) : R.V;
        int valueSlot = -1;
        if (value != R.V && value != R.N) {
            valueSlot = code.allocateLocal(kind(value));
            pushDefault(value);
            store(value, valueSlot);
        }
        Label top = code.newLabel();
        Label exit = code.newLabel();
        Label bodyStart = code.newLabel();
        // an OSR entry continues where the interpreter stands: at the start of the body
        if (l == osrLoop) code.goto_(bodyStart);
        code.labelBinding(top);
        if (l.cond() != null) jumpIf(l.cond(), false, exit);
        code.labelBinding(bodyStart);
        loops.push(new LoopCtx(top, exit, held, value, valueSlot));
        genAs(l.body(), R.V);
        loops.pop();
        code.goto_(top);
        code.labelBinding(exit);
        if (valueSlot >= 0) load(value, valueSlot);
    }

    private void forRange(TExpr.ForRange r) {
        int i = code.allocateLocal(TypeKind.LONG);
        int end = code.allocateLocal(TypeKind.LONG);
        Label top = code.newLabel();
        Label next = code.newLabel();
        Label exit = code.newLabel();
        Label bodyStart = code.newLabel();
        if (r == osrLoop) {
            // an OSR entry: the interpreter's counter and bound; the loop variable is already set
            code.lload(osrI);
            code.lstore(i);
            code.lload(osrEnd);
            code.lstore(end);
            code.goto_(bodyStart);
        } else {
            genAs(r.from(), R.J);
            code.lstore(i);
            genAs(r.to(), R.J);
            code.lstore(end);
        }
        code.labelBinding(top);
        code.lload(i);
        code.lload(end);
        code.lcmp();
        if (r.inclusive()) code.ifgt(exit);
        else code.ifge(exit);
        code.lload(i);
        bindLocal(r.var(), R.J);
        code.labelBinding(bodyStart);
        loops.push(new LoopCtx(next, exit, held, R.V, -1));
        genAs(r.body(), R.V);
        loops.pop();
        code.labelBinding(next);
        if (r.inclusive()) {
            // `a..=b` with b the largest Int ends after b; `a..b` cannot step past b
            code.lload(i);
            code.loadConstant(Long.MAX_VALUE);
            code.lcmp();
            code.ifeq(exit);
        }
        code.lload(i);
        code.lconst_1();
        code.ladd();
        code.lstore(i);
        code.goto_(top);
        code.labelBinding(exit);
    }

    /** Str, Map and Set: `for` goes over their items as they were when it began (Iteration.snapshot). */
    private static boolean takenAtOnce(Type t) {
        return t == Type.STR || t instanceof Type.Named n && (n.name().equals("Map") || n.name().equals("Set"));
    }

    /**
     * `for x in items` by index: over a Vec re-reading its length each time, as the interpreter does
     * (pushes in the body are seen), or over the array of a Str's, Map's or Set's items ({@code snapshot}).
     */
    private void forEach(TExpr.ForEach fe, boolean snapshot) {
        int items = code.allocateLocal(TypeKind.REFERENCE);
        int i = code.allocateLocal(TypeKind.INT);
        Label top = code.newLabel();
        Label next = code.newLabel();
        Label exit = code.newLabel();
        Label bodyStart = code.newLabel();
        if (fe == osrLoop) {
            // an OSR entry: the interpreter left its items in the frame's completion, the item's index in i
            code.aload(osrFrame);
            code.getfield(CD_FRAME, "completion", CD_Object);
            code.checkcast(snapshot ? CD_OBJECTS : CD_VEC);
            code.astore(items);
            code.lload(osrI);
            code.l2i();
            code.istore(i);
            code.goto_(bodyStart);
        } else {
            genAs(fe.iterable(), R.A);
            if (snapshot) code.invokestatic(ClassDesc.of("org.tlang.runtime.Iteration"), "snapshot", MethodTypeDesc.of(CD_OBJECTS, CD_Object));
            else code.checkcast(CD_VEC);
            code.astore(items);
            code.iconst_0();
            code.istore(i);
        }
        code.labelBinding(top);
        code.iload(i);
        code.aload(items);
        if (snapshot) code.arraylength();
        else code.invokevirtual(CD_VEC, "size", MethodTypeDesc.of(CD_int));
        code.if_icmpge(exit);
        if (repr(fe.var().type()) != R.V || fe.var().boxed()) {
            code.aload(items);
            code.iload(i);
            if (snapshot) {
                code.aaload();
                bindLocal(fe.var(), R.A);
            } else {
                R elem = elementRepr(fe.var().type());
                code.invokevirtual(CD_VEC, "get" + (elem == R.A ? "Ref" : typedSuffix(elem)), MethodTypeDesc.of(desc(elem), CD_int));
                bindLocal(fe.var(), elem);
            }
        }
        code.labelBinding(bodyStart);
        loops.push(new LoopCtx(next, exit, held, R.V, -1));
        genAs(fe.body(), R.V);
        loops.pop();
        code.labelBinding(next);
        code.iinc(i, 1);
        code.goto_(top);
        code.labelBinding(exit);
    }

    private void call(TExpr.Call c) {
        Type.Fn sig = c.callee().signature();
        List<Type> params = sig.params();
        for (int i = 0; i < params.size(); i++) genHeld(c.args().get(i), paramRepr(params.get(i)), i);
        MutableCallSite site = linkage.callSite(c.callee());
        int index = constants.size();
        constants.add(site);
        Label from = code.newLabel();
        Label to = code.newLabel();
        Label handler = code.newLabel();
        code.labelBinding(from);
        code.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP, "t", methodDesc(sig), index));
        code.labelBinding(to);
        atOnPanic(from, to, handler, c.pos());
        R res = sig.result() == Type.UNIT ? R.V : paramRepr(sig.result());
        coerce(res, repr(c.type()));
    }

    /** A built-in the compiler does itself; false to leave it to an island. */
    private boolean intrinsic(TExpr.Intrinsic in) {
        String name = in.name();
        switch (name) {
            case "Float.sqrt", "Float.abs", "Float.floor", "Float.ceil", "Float.sin", "Float.cos", "Float.exp", "Float.ln" -> {
                genAs(in.args().getFirst(), R.D);
                String m = switch (name) {
                    case "Float.ln" -> "log";
                    default -> name.substring(6);
                };
                code.invokestatic(CD_MATH, m, MethodTypeDesc.of(CD_double, CD_double));
                coerce(R.D, repr(in.type()));
                return true;
            }
            case "Float.round" -> {
                genAs(in.args().getFirst(), R.D);
                code.invokestatic(CD_RT, "round", MethodTypeDesc.of(CD_double, CD_double));
                coerce(R.D, repr(in.type()));
                return true;
            }
            case "Vec.push" -> {
                R elem = elementRepr(in.args().get(1).type());
                if (elem == R.Z) elem = R.A;
                genAs(in.args().get(0), R.A);
                genHeld(in.args().get(1), elem, 1);
                code.invokestatic(CD_RT, "vecPush" + typedSuffix(elem), MethodTypeDesc.of(CD_void, CD_Object, desc(elem)));
                coerce(R.V, repr(in.type()));
                return true;
            }
            case "Vec.len", "Set.len", "Map.len" -> {
                genAs(in.args().getFirst(), R.A);
                code.invokestatic(CD_RT, "vecLen", MethodTypeDesc.of(CD_long, CD_Object));
                coerce(R.J, repr(in.type()));
                return true;
            }
            default -> {
                return boxedCall(in);
            }
        }
    }

    /** A built-in the interpreter runs over boxed arguments: called directly with them, no interpreted part. */
    private boolean boxedCall(TExpr.Intrinsic in) {
        if (!(interpretedOrNull(in) instanceof BoxedCall call)) return false;
        code.getstatic(self, constant(call, CD_BOXED_CALL), CD_BOXED_CALL);
        objects(in.args(), 1);
        code.invokeinterface(CD_BOXED_CALL, "apply", MethodTypeDesc.of(CD_Object, CD_OBJECTS));
        R r = repr(in.type());
        if (r == R.N) {
            code.pop();
            code.aconst_null();
            code.athrow();
        } else {
            coerce(R.A, r);
        }
        return true;
    }

    /** Runs {@code e} in the interpreter over a frame holding the locals it uses, then copies back those it set. */
    private void island(TExpr e) {
        if (!Tir.selfContained(e)) {
            throw new Unsupported(e.getClass().getSimpleName() + " at " + e.pos() + " has a return, `?`, break or continue");
        }
        Set<TLocal> used = new LinkedHashSet<>();
        Set<TLocal> written = new LinkedHashSet<>();
        Tir.locals(e, used::add, l -> {
            used.add(l);
            written.add(l);
        });
        Executable node = interpreted(e);
        islands.add(e.getClass().getSimpleName() + (e instanceof TExpr.Intrinsic in ? " " + in.name() : "") + " at " + e.pos());
        String field = constant(node, CD_NODE);
        code.getstatic(self, field, CD_NODE);
        code.new_(CD_FRAME);
        code.dup();
        code.loadConstant(Math.max(fn.localCount(), 1));
        code.invokespecial(CD_FRAME, "<init>", MethodTypeDesc.of(CD_void, CD_int));
        code.dup();
        code.astore(frameSlot);
        for (TLocal l : used) {
            R r = slotRepr(l);
            int i = l.index();
            if (r == R.V) {
                code.aload(frameSlot);
                code.getfield(CD_FRAME, "refs", CD_OBJECTS);
                code.loadConstant(i);
                code.getstatic(CD_UNIT, "VALUE", CD_UNIT);
                code.aastore();
                continue;
            }
            code.aload(frameSlot);
            code.getfield(CD_FRAME, r == R.A ? "refs" : "prims", r == R.A ? CD_OBJECTS : CD_long.arrayType());
            code.loadConstant(i);
            load(r, slot(l));
            switch (r) {
                case Z -> code.i2l();
                case D -> code.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
                default -> {}
            }
            if (r == R.A) code.aastore();
            else code.lastore();
        }
        R r = repr(e.type());
        switch (r) {
            case J -> code.invokevirtual(CD_NODE, "executeLong", MethodTypeDesc.of(CD_long, CD_FRAME));
            case D -> code.invokevirtual(CD_NODE, "executeDouble", MethodTypeDesc.of(CD_double, CD_FRAME));
            case Z -> code.invokevirtual(CD_NODE, "executeBool", MethodTypeDesc.of(CD_boolean, CD_FRAME));
            case A -> code.invokevirtual(CD_NODE, "execute", MethodTypeDesc.of(CD_Object, CD_FRAME));
            case V, N -> code.invokevirtual(CD_NODE, "executeVoid", MethodTypeDesc.of(CD_void, CD_FRAME));
        }
        for (TLocal l : written) {
            R lr = slotRepr(l);
            if (lr == R.V) continue;
            code.aload(frameSlot);
            code.getfield(CD_FRAME, lr == R.A ? "refs" : "prims", lr == R.A ? CD_OBJECTS : CD_long.arrayType());
            code.loadConstant(l.index());
            if (lr == R.A) code.aaload();
            else code.laload();
            switch (lr) {
                case Z -> {
                    code.lconst_0();
                    code.lcmp();
                    // 0 stays 0; 1 gives 1 (prims hold 0/1)
                }
                case D -> code.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
                default -> {}
            }
            store(lr, slot(l));
        }
        if (r == R.N) {
            code.aconst_null();
            code.athrow();
        }
    }
}
