package org.tlang.jit;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tlang.interp.Handles;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.TFunction;

/**
 * Compiles TIR functions to classes, one class loader per module version (keyed by the version's
 * {@link Linkage}, held weakly: when the version is gone, so are its classes), and keeps the
 * numbers: functions compiled, left to the interpreter, failed (a bug), and compile time.
 */
final class JitCompiler {
    /** HotSpot does not compile methods larger than this; such a function is better off interpreted. */
    static final int MAX_METHOD_BYTES = 8000;

    private final ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(JitCompiler.class.getClassLoader()))));
    private final Map<Linkage, VersionLoader> loaders = new WeakHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    final AtomicInteger compiled = new AtomicInteger();
    final AtomicInteger interpreted = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong compileNanos = new AtomicLong();
    private final boolean trace;

    JitCompiler(boolean trace) {
        this.trace = trace;
        // load and warm the class-file API now, so the first hot function does not wait for it
        Thread.ofPlatform().daemon(true).name("tlang-jit-warmup").start(() -> classFile.parse(classFile.build(
                java.lang.constant.ClassDesc.of("t.Warmup"), cb -> cb.withMethodBody("m",
                        java.lang.constant.MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_void), ClassFile.ACC_STATIC,
                        c -> c.loadConstant(1L).pop2().return_()))));
    }

    Optional<MethodHandle> compile(TFunction fn, Linkage linkage) {
        long t0 = System.nanoTime();
        String className = className(fn);
        FunctionCompiler fc = new FunctionCompiler(fn, linkage, className);
        try {
            byte[] bytes = fc.compile(classFile);
            int size = codeSize(bytes);
            if (size > MAX_METHOD_BYTES) throw new FunctionCompiler.Unsupported(size + " bytes of bytecode");
            VersionLoader loader = loader(linkage, fn.module());
            Class<?> cls;
            synchronized (loader) {
                cls = loader.define(className, bytes, fc.constants());
            }
            Class.forName(className, true, loader); // verifies and initialises now, not at the first call
            MethodHandle h = MethodHandles.lookup().findStatic(cls, "call", Handles.methodType(fn.signature()));
            long nanos = System.nanoTime() - t0;
            compiled.incrementAndGet();
            compileNanos.addAndGet(nanos);
            if (trace) {
                System.err.printf("jit: compiled %s in %.2f ms (%d bytes of bytecode%s)%n", fn.qualifiedName(), nanos / 1e6, size,
                        fc.islands.isEmpty() ? "" : "; interpreted parts: " + String.join(", ", fc.islands));
            }
            return Optional.of(h);
        } catch (FunctionCompiler.Unsupported e) {
            interpreted.incrementAndGet();
            if (trace) System.err.println("jit: " + fn.qualifiedName() + " stays interpreted: " + e.getMessage());
            LOG.log(System.Logger.Level.DEBUG, () -> fn.qualifiedName() + " stays interpreted: " + e.getMessage());
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // a bug in this compiler (a verifier error, say): the function stays interpreted, loudly
            failed.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "jit: cannot compile " + fn.qualifiedName() + "; it stays interpreted", e);
            if (trace) System.err.println("jit: FAILED to compile " + fn.qualifiedName() + ": " + e);
            return Optional.empty();
        }
    }

    private static final System.Logger LOG = System.getLogger(JitCompiler.class.getName());

    private synchronized VersionLoader loader(Linkage linkage, String module) {
        return loaders.computeIfAbsent(linkage, k -> new VersionLoader(module, JitCompiler.class.getClassLoader()));
    }

    private String className(TFunction fn) {
        StringBuilder sb = new StringBuilder("t.");
        for (String part : fn.module().split("\\.")) sb.append(ident(part)).append('.');
        sb.append(ident(fn.name())).append('$').append(sequence.incrementAndGet());
        return sb.toString();
    }

    private static String ident(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        if (sb.isEmpty() || !Character.isJavaIdentifierStart(sb.charAt(0))) sb.insert(0, '_');
        return sb.toString();
    }

    private int codeSize(byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        for (MethodModel m : model.methods()) {
            if (m.methodName().equalsString("call")) return m.code().map(c -> c instanceof java.lang.classfile.attribute.CodeAttribute ca ? ca.codeLength() : 0).orElse(0);
        }
        return 0;
    }
}
