package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tlang.runtime.Safepoint;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.PanicException;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;

/**
 * Compiles one TIR function to one class with a static method {@code call} whose type is
 * {@link JvmTypes#methodType} of the function's signature. Int, Float and Bool stay primitive; calls
 * to T functions are {@code invokedynamic} bound to the callee's switchable call site; parts the
 * compiler does not handle itself (string building, pattern matching, collections ...) run in the
 * interpreter as "islands" over a frame holding the locals they use. A function it cannot compile
 * at all (a `return` or `?` inside such a part, a local captured by reference) raises
 * {@link Unsupported}.
 *
 * <p>This class lays out the classes (a function's, a closure's, a loop's on-stack-replacement
 * entry) and a function body's prologue and epilogue; an {@link Emitter} per method body compiles
 * the expressions.
 */
public final class FunctionCompiler {
    /** The bootstrap of the call check at every function's entry ({@link Safepoint#callCheck}). */
    private static final java.lang.constant.DirectMethodHandleDesc CALL_CHECK =
            ConstantDescs.ofCallsiteBootstrap(Descs.SAFEPOINT, "callCheck", ConstantDescs.CD_CallSite);
    /** A class this function's class needs, to be defined first: a closure's (see {@link #compileClosure}). */
    public record Extra(String name, byte[] bytes, Object[] constants, List<Recipe> recipes, Map<String, Optional<String>> layouts) {}

    private final GeneratedClass generated;

    public FunctionCompiler(TFunction fn, Linkage linkage, String className) {
        this.generated = new GeneratedClass(fn, linkage, className, List.of(), null);
    }

    /**
     * For the body of a closure in {@code enclosing}'s function: {@code captured} (its locals that
     * receive the captured values) come before its parameters.
     */
    FunctionCompiler(TFunction fn, GeneratedClass enclosing, String className, List<TLocal> captured) {
        this.generated = new GeneratedClass(fn, enclosing.linkage, className, captured, enclosing);
    }

    /** The class's constants, for {@link org.tlang.jit.JitRuntime#constants}. */
    public Object[] constants() {
        return generated.constants();
    }

    /** How each of {@link #constants} was found (to find them again for a class compiled ahead of time). */
    public List<Recipe> recipes() {
        return generated.recipes();
    }

    /** The struct layouts the class's code names, by struct: what must not change for it to stay valid. */
    public Map<String, Optional<String>> layouts() {
        return generated.layoutsSeen();
    }

    /** The parts left to the interpreter, for the trace. */
    public List<String> islands() {
        return generated.islands;
    }

    /** The classes of the function's closures, to define before its own. */
    public List<Extra> extras() {
        return generated.extras;
    }

    public byte[] compile(ClassFile cf) {
        generated.classFile = cf;
        TFunction fn = generated.fn;
        if (fn.isAsync()) throw new Unsupported("async fn");
        Set<TLocal> all = generated.locals();
        MethodTypeDesc mtd = Repr.methodDesc(fn.signature());
        return build(cf, generated.self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.with(SourceFileAttribute.of(generated.file()));
            cb.withMethodBody("call", mtd, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> body(c, all));
            generated.staticInit(cb);
        });
    }

    /**
     * {@code cf.build}, where a method over the JVM's limit of 64 KB of bytecode (a huge or deeply
     * nested expression) leaves the function to the interpreter instead of failing as a bug would.
     */
    private static byte[] build(ClassFile cf, ClassDesc self, java.util.function.Consumer<java.lang.classfile.ClassBuilder> handler) {
        try {
            return cf.build(self, handler);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Code length")) throw new Unsupported("over 64 KB of bytecode");
            throw e;
        }
    }

    /**
     * Compiles a closure's body as a class implementing FnValue: fields hold the captured values,
     * {@code call(Object[])} unboxes the arguments and calls the static {@code body(captured...,
     * params...)}, which is compiled as any function is; {@code captures()} boxes the fields.
     */
    byte[] compileClosure(ClassFile cf) {
        generated.classFile = cf;
        TFunction fn = generated.fn;
        ClassDesc self = generated.self;
        if (fn.isAsync()) throw new Unsupported("async closure");
        Set<TLocal> all = generated.locals();
        List<Repr> capturedReprs = generated.captured.stream().map(l -> l.boxed() ? Repr.A : Repr.param(l.type())).toList();
        List<ClassDesc> capturedTypes = capturedReprs.stream().map(Repr::desc).toList();
        List<ClassDesc> bodyParams = new ArrayList<>(capturedTypes);
        for (TLocal p : fn.params()) bodyParams.add(Repr.param(p.type()).desc());
        Repr res = Repr.of(fn.result()) == Repr.N ? Repr.V : Repr.of(fn.result());
        MethodTypeDesc bodyType = MethodTypeDesc.of(res.desc(), bodyParams);
        return build(cf, self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withInterfaceSymbols(Descs.FN_VALUE);
            cb.with(SourceFileAttribute.of(generated.file()));
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
            cb.withMethodBody("call", MethodTypeDesc.of(CD_Object, Descs.OBJECT_ARRAY), ClassFile.ACC_PUBLIC, c -> {
                for (int i = 0; i < capturedTypes.size(); i++) {
                    c.aload(0);
                    c.getfield(self, "c" + i, capturedTypes.get(i));
                }
                for (int i = 0; i < fn.params().size(); i++) {
                    c.aload(1);
                    c.loadConstant(i);
                    c.aaload();
                    Repr.coerce(c, Repr.A, Repr.param(fn.params().get(i).type()));
                }
                c.invokestatic(self, "body", bodyType);
                Repr.coerce(c, res, Repr.A);
                c.areturn();
            });
            cb.withMethodBody("captures", MethodTypeDesc.of(Descs.OBJECT_ARRAY), ClassFile.ACC_PUBLIC, c -> {
                c.loadConstant(capturedTypes.size());
                c.anewarray(CD_Object);
                for (int i = 0; i < capturedTypes.size(); i++) {
                    c.dup();
                    c.loadConstant(i);
                    c.aload(0);
                    c.getfield(self, "c" + i, capturedTypes.get(i));
                    Repr.coerce(c, capturedReprs.get(i), Repr.A);
                    c.aastore();
                }
                c.areturn();
            });
            cb.withMethodBody("body", bodyType, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> body(c, all));
            generated.staticInit(cb);
        });
    }

    /**
     * Compiles {@code loop} (a loop of this function) as an on-stack-replacement entry: a class with
     * {@code static boolean osr(Frame, long, long)} as {@link org.tlang.spi.tier.LoopCompiler}
     * describes it. Panics leave it without this function's frame: the interpreted activation that
     * entered it records that.
     */
    public byte[] compileLoop(ClassFile cf, TExpr loop) {
        generated.classFile = cf;
        if (generated.fn.isAsync()) throw new Unsupported("async fn");
        boolean forEach = loop instanceof TExpr.ForEach fe
                && (Containers.isVec(fe.iterable().type()) || ControlFlow.takenAtOnce(fe.iterable().type()));
        if (!(loop instanceof TExpr.Loop || loop instanceof TExpr.ForRange || forEach)) throw new Unsupported("not a loop with an entry");
        Set<TLocal> all = generated.locals();
        MethodTypeDesc mtd = MethodTypeDesc.of(CD_boolean, Descs.FRAME, CD_long, CD_long);
        return build(cf, generated.self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.with(SourceFileAttribute.of(generated.file()));
            cb.withMethodBody(PanicException.OSR_METHOD, mtd, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> new Emitter(generated, c, loop).osr.body(all));
            generated.staticInit(cb);
        });
    }

    /**
     * A function's (or closure's) body: every local gets a slot, the body runs, and a panic leaving
     * it records this function in the T trace. A StackOverflowError passes through untouched: a
     * handler for it in every frame makes HotSpot deoptimise each frame it unwinds (minutes for a
     * runaway recursion millions of frames deep); where it stops, PanicException.stackOverflow
     * reads the T frames from its Java trace.
     */
    private void body(CodeBuilder c, Set<TLocal> all) {
        TFunction fn = generated.fn;
        List<TLocal> captured = generated.captured;
        String file = generated.file();
        Emitter cx = new Emitter(generated, c, null);
        int[] slots = cx.slots;
        for (int i = 0; i < captured.size(); i++) slots[captured.get(i).index()] = c.parameterSlot(i);
        for (int i = 0; i < fn.params().size(); i++) slots[fn.params().get(i).index()] = c.parameterSlot(captured.size() + i);
        Label start = c.newLabel();
        Label end = c.newLabel();
        c.labelBinding(start);
        // every other local starts at its default, so the verifier sees it assigned on every path
        for (TLocal l : all) {
            if (slots[l.index()] >= 0) continue;
            Repr r = cx.slotRepr(l);
            if (r == Repr.V) continue;
            int s = c.allocateLocal(r.kind());
            slots[l.index()] = s;
            r.pushDefault(c);
            r.store(c, s);
        }
        // a parameter captured by reference arrives as a plain value and moves into its Box
        for (TLocal p : fn.params()) {
            if (!p.boxed()) continue;
            Repr r = Repr.param(p.type());
            r.load(c, slots[p.index()]);
            slots[p.index()] = c.allocateLocal(TypeKind.REFERENCE);
            cx.bindLocal(p, r);
        }
        cx.frameSlot = c.allocateLocal(TypeKind.REFERENCE);
        c.aconst_null();
        c.astore(cx.frameSlot);
        // while some work is metered or cancelled, every call checks it (Safepoint.onCall); otherwise the site does nothing
        c.loadConstant(fn.pos() == null ? 0 : fn.pos().line());
        c.loadConstant(fn.pos() == null ? 0 : fn.pos().column());
        c.invokedynamic(DynamicCallSiteDesc.of(CALL_CHECK, "check", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int, ConstantDescs.CD_int)));
        cx.genAs(fn.body(), cx.result);
        cx.result.ret(c);
        cx.emitOutOfLine();
        c.labelBinding(end);
        Label onPanic = c.newLabel();
        c.exceptionCatch(start, end, onPanic, Descs.PANIC);
        c.labelBinding(onPanic);
        c.ldc(fn.qualifiedName());
        c.ldc(file);
        c.invokestatic(Descs.RUNTIME, "leave", MethodTypeDesc.of(Descs.PANIC, Descs.PANIC, CD_String, CD_String));
        c.athrow();
    }
}
