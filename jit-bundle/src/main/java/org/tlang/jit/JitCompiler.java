package org.tlang.jit;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tlang.spi.telemetry.RuntimeEvents;
import org.tlang.jit.codegen.FunctionCompiler;
import org.tlang.jit.codegen.Unsupported;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.PanicException;
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
    /**
     * Both sides weak: the key so a retired version's entry goes, the value because a WeakHashMap
     * keeps a cleared key's value until its next access, which would hold the last versions' classes
     * for as long as nothing compiles. A loader lives as long as any of its classes does.
     */
    private final Map<Linkage, java.lang.ref.WeakReference<VersionLoader>> loaders = new WeakHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Every class generated, held weakly: what is left after a collection is what is still reachable. */
    private final java.lang.ref.ReferenceQueue<Class<?>> unloaded = new java.lang.ref.ReferenceQueue<>();
    private final java.util.Set<java.lang.ref.Reference<Class<?>>> generated = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final AtomicInteger compiled = new AtomicInteger();
    final AtomicInteger interpreted = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger osrCompiled = new AtomicInteger();
    /** Functions linked from classes compiled ahead of time, and those whose such classes were stale (compiled again). */
    final AtomicInteger precompiled = new AtomicInteger();
    final AtomicInteger precompiledStale = new AtomicInteger();
    /** The files of classes compiled ahead of time, per module version (weakly, as {@link #loaders}) and module. */
    private final Map<Linkage, Map<String, Optional<Precompiled>>> precompiledFiles = new WeakHashMap<>();
    final AtomicLong compileNanos = new AtomicLong();
    private final boolean trace;
    /** Set when the tier stops: a compile then may find its bundle's classes gone, which is no bug. */
    private volatile boolean closed;

    JitCompiler(boolean trace) {
        this.trace = trace;
    }

    private final java.util.concurrent.atomic.AtomicBoolean warm = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads and warms the class-file API in the background, once: asked when a module loads with a
     * function that will be compiled (not one linked from classes compiled ahead of time), so the
     * first hot function does not wait for it, and a program whose code all came compiled never loads it.
     */
    private void warmUp() {
        if (!warm.compareAndSet(false, true)) return;
        Thread.ofPlatform().daemon(true).name("tlang-jit-warmup").start(() -> classFile.parse(classFile.build(
                java.lang.constant.ClassDesc.of("t.Warmup"), cb -> cb.withMethodBody("m",
                        java.lang.constant.MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_void), ClassFile.ACC_STATIC,
                        c -> c.loadConstant(1L).pop2().return_()))));
    }

    void close() {
        closed = true;
    }

    Optional<MethodHandle> compile(TFunction fn, Linkage linkage) {
        if (closed) return Optional.empty();
        long t0 = System.nanoTime();
        RuntimeEvents.Compile event = RuntimeEvents.Compile.start();
        String className = className(fn);
        FunctionCompiler fc = new FunctionCompiler(fn, linkage, className);
        try {
            byte[] bytes = fc.compile(classFile);
            dump(className, bytes);
            int size = checkedSize(bytes, "call");
            VersionLoader loader = loader(linkage, fn.module());
            Class<?> cls = define(loader, fc, className, bytes);
            MethodHandle h = MethodHandles.lookup().findStatic(cls, "call", JvmTypes.methodType(fn.signature()));
            long nanos = System.nanoTime() - t0;
            compiled.incrementAndGet();
            compileNanos.addAndGet(nanos);
            event.end(fn.qualifiedName(), "jit", size);
            if (trace) {
                System.err.printf("jit: compiled %s in %.2f ms (%d bytes of bytecode%s), %d ms after the JVM started%n",
                        fn.qualifiedName(), nanos / 1e6, size,
                        fc.islands().isEmpty() ? "" : "; interpreted parts: " + String.join(", ", fc.islands()), sinceStart());
            }
            return Optional.of(h);
        } catch (Unsupported e) {
            interpreted.incrementAndGet();
            if (trace) System.err.println("jit: " + fn.qualifiedName() + " stays interpreted: " + e.getMessage());
            LOG.log(System.Logger.Level.DEBUG, () -> fn.qualifiedName() + " stays interpreted: " + e.getMessage());
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (closed) return Optional.empty();
            // a bug in this compiler (a verifier error, say): the function stays interpreted, loudly
            failed.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "jit: cannot compile " + fn.qualifiedName() + "; it stays interpreted", e);
            if (trace) System.err.println("jit: FAILED to compile " + fn.qualifiedName() + ": " + e);
            return Optional.empty();
        }
    }

    /**
     * {@code module}'s functions compiled now into the file {@link #precompiled} reads (see
     * {@link Precompiled}); null when none compiles. The classes are generated as {@link #compile}
     * generates them, with the names they will have when loaded, and are not defined here.
     */
    byte[] compileAhead(org.tlang.tir.TModule module, Linkage linkage, List<String> done, List<String> left) {
        Map<String, Precompiled.Function> functions = new java.util.LinkedHashMap<>();
        List<TFunction> fns = module.functions();
        for (int i = 0; i < fns.size(); i++) {
            TFunction fn = fns.get(i);
            if (functions.containsKey(fn.name())) continue;
            String className = className(fn.module(), fn.name()) + "$aot" + i;
            FunctionCompiler fc = new FunctionCompiler(fn, linkage, className);
            try {
                byte[] bytes = fc.compile(classFile);
                checkedSize(bytes, "call");
                org.tlang.jit.codegen.ExprIndex index = new org.tlang.jit.codegen.ExprIndex(fn);
                Map<String, Optional<String>> layouts = new java.util.TreeMap<>(fc.layouts());
                List<Precompiled.ClassFile> classes = new java.util.ArrayList<>();
                for (FunctionCompiler.Extra extra : fc.extras()) {
                    layouts.putAll(extra.layouts());
                    classes.add(new Precompiled.ClassFile(extra.name(), extra.bytes(), Precompiled.constants(extra.recipes(), index)));
                }
                classes.add(new Precompiled.ClassFile(className, bytes, Precompiled.constants(fc.recipes(), index)));
                functions.put(fn.name(), new Precompiled.Function(fn.name(), Precompiled.tirDigest(fn, index), layouts, classes));
                done.add(fn.qualifiedName());
            } catch (Unsupported e) {
                left.add(fn.qualifiedName() + ": " + e.getMessage());
            }
        }
        return functions.isEmpty() ? null : new Precompiled(GeneratorId.get(), module.name(), functions).write();
    }

    /**
     * {@code fn}'s classes from the file {@code tlang build} wrote for its module, defined in its
     * version's loader with their constants found in {@code linkage}; empty when there is no file,
     * or it is of another build of this compiler, or {@code fn}'s TIR or a struct layout its code
     * names changed since (it is compiled as usual then).
     */
    Optional<MethodHandle> precompiled(TFunction fn, Linkage linkage) {
        if (closed) return Optional.empty();
        Precompiled file = precompiledFile(linkage, fn.module());
        if (file == null) {
            warmUp();
            return Optional.empty();
        }
        long t0 = System.nanoTime();
        Precompiled.Function f = file.functions().get(fn.name());
        org.tlang.jit.codegen.ExprIndex index = f == null ? null : new org.tlang.jit.codegen.ExprIndex(fn);
        String stale = f == null ? "not in the file" : !f.tir().equals(Precompiled.tirDigest(fn, index)) ? "its TIR changed since the build" : changedLayout(f, linkage);
        if (stale != null) {
            warmUp();
            if (f != null) precompiledStale.incrementAndGet();
            if (trace) System.err.println("jit: " + fn.qualifiedName() + " is compiled again: compiled ahead of time, " + stale);
            return Optional.empty();
        }
        VersionLoader loader = loader(linkage, fn.module());
        List<Class<?>> classes = new java.util.ArrayList<>();
        try {
            synchronized (loader) {
                for (Precompiled.ClassFile c : f.classes()) {
                    Object[] constants = new Object[c.constants().size()];
                    for (int i = 0; i < constants.length; i++) {
                        constants[i] = c.constants().get(i).recipe(index).resolve(linkage, linkage::interpreted);
                    }
                    classes.add(loader.define(c.name(), c.bytes(), constants));
                }
            }
            for (Class<?> c : classes) {
                generated.add(new java.lang.ref.WeakReference<>(c, unloaded));
                Class.forName(c.getName(), true, loader);
            }
            MethodHandle h = MethodHandles.lookup().findStatic(classes.getLast(), "call", JvmTypes.methodType(fn.signature()));
            precompiled.incrementAndGet();
            if (trace) {
                System.err.printf("jit: linked %s compiled ahead of time in %.2f ms, %d ms after the JVM started%n",
                        fn.qualifiedName(), (System.nanoTime() - t0) / 1e6, sinceStart());
            }
            return Optional.of(h);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (closed) return Optional.empty();
            warmUp();
            precompiledStale.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "jit: cannot link " + fn.qualifiedName() + " compiled ahead of time; it is compiled again", e);
            return Optional.empty();
        }
    }

    private static String changedLayout(Precompiled.Function f, Linkage linkage) {
        for (Map.Entry<String, Optional<String>> l : f.layouts().entrySet()) {
            Optional<String> now = Optional.ofNullable(linkage.struct(l.getKey())).map(shape -> shape.layout().code());
            if (!now.equals(l.getValue())) return "the layout of struct " + l.getKey() + " changed since the build";
        }
        return null;
    }

    /** The file of {@code module} in {@code linkage}'s version, read once per version; null when there is none or it is unusable. */
    private Precompiled precompiledFile(Linkage linkage, String module) {
        synchronized (precompiledFiles) {
            Map<String, Optional<Precompiled>> ofVersion = precompiledFiles.computeIfAbsent(linkage, l -> new java.util.HashMap<>());
            return ofVersion.computeIfAbsent(module, m -> {
                byte[] bytes = linkage.aheadOfTime(JitTier.AOT_FORMAT, m);
                if (bytes == null) return Optional.empty();
                try {
                    Precompiled file = Precompiled.read(bytes);
                    if (!file.generator().equals(GeneratorId.get())) {
                        if (trace) System.err.println("jit: the classes of " + m + " compiled ahead of time are of another build of the compiler; they are compiled again");
                        return Optional.empty();
                    }
                    return Optional.of(file);
                } catch (java.io.IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "jit: the classes of " + m + " compiled ahead of time cannot be read (" + e.getMessage() + "); they are compiled again");
                    return Optional.empty();
                }
            }).orElse(null);
        }
    }

    /** An on-stack-replacement entry for {@code loop} of {@code fn}; see {@link FunctionCompiler#compileLoop}. */
    Optional<MethodHandle> compileLoop(TFunction fn, org.tlang.tir.TExpr loop, Linkage linkage) {
        if (closed) return Optional.empty();
        long t0 = System.nanoTime();
        String className = className(fn) + "$osr";
        FunctionCompiler fc = new FunctionCompiler(fn, linkage, className);
        try {
            byte[] bytes = fc.compileLoop(classFile, loop);
            dump(className, bytes);
            int size = checkedSize(bytes, PanicException.OSR_METHOD);
            VersionLoader loader = loader(linkage, fn.module());
            Class<?> cls = define(loader, fc, className, bytes);
            MethodHandle h = MethodHandles.lookup().findStatic(cls, PanicException.OSR_METHOD, java.lang.invoke.MethodType.methodType(boolean.class,
                    org.tlang.runtime.Frame.class, long.class, long.class));
            long nanos = System.nanoTime() - t0;
            osrCompiled.incrementAndGet();
            compileNanos.addAndGet(nanos);
            if (trace) {
                System.err.printf("jit: compiled a loop of %s at %s for on-stack replacement in %.2f ms (%d bytes of bytecode%s), %d ms after the JVM started%n",
                        fn.qualifiedName(), loop.pos(), nanos / 1e6, size,
                        fc.islands().isEmpty() ? "" : "; interpreted parts: " + String.join(", ", fc.islands()), sinceStart());
            }
            return Optional.of(h);
        } catch (Unsupported e) {
            if (trace) System.err.println("jit: the loop of " + fn.qualifiedName() + " at " + loop.pos() + " stays interpreted: " + e.getMessage());
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (closed) return Optional.empty();
            failed.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "jit: cannot compile a loop of " + fn.qualifiedName() + "; it stays interpreted", e);
            if (trace) System.err.println("jit: FAILED to compile a loop of " + fn.qualifiedName() + ": " + e);
            return Optional.empty();
        }
    }

    private static final System.Logger LOG = System.getLogger(JitCompiler.class.getName());

    /**
     * Defines a compiled function's class, after the classes of its closures, and verifies and
     * initialises them all now (a verifier error is a compiler bug: it fails the compile, never a call).
     */
    private Class<?> define(VersionLoader loader, FunctionCompiler fc, String className, byte[] bytes) throws ClassNotFoundException {
        List<Class<?>> classes = new java.util.ArrayList<>();
        synchronized (loader) {
            for (FunctionCompiler.Extra extra : fc.extras()) {
                dump(extra.name(), extra.bytes());
                classes.add(loader.define(extra.name(), extra.bytes(), extra.constants()));
            }
            classes.add(loader.define(className, bytes, fc.constants()));
        }
        for (Class<?> c : classes) {
            generated.add(new java.lang.ref.WeakReference<>(c, unloaded));
            Class.forName(c.getName(), true, loader);
        }
        return classes.getLast();
    }

    /** With the system property {@code tlang.jit.dump=DIR}, writes each generated class to DIR (for javap). */
    private static void dump(String className, byte[] bytes) {
        String dir = System.getProperty("tlang.jit.dump");
        if (dir == null) return;
        try {
            java.nio.file.Path file = java.nio.file.Path.of(dir, className.replace('.', '/') + ".class");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, bytes);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "jit: cannot dump " + className + ": " + e);
        }
    }

    /** Milliseconds since the JVM started (for the trace: the time to the first compiled call). */
    private static long sinceStart() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Generated classes not yet unloaded. */
    int liveClasses() {
        java.lang.ref.Reference<? extends Class<?>> r;
        while ((r = unloaded.poll()) != null) generated.remove(r);
        return generated.size();
    }

    /** Names of generated classes not yet unloaded (for diagnosing a leak). */
    java.util.List<String> liveClassNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (java.lang.ref.Reference<Class<?>> r : generated) {
            Class<?> c = r.get();
            if (c != null) names.add(c.getName());
        }
        names.sort(null);
        return names;
    }

    /** Class loaders of module versions still reachable (a retired version's goes when the version does). */
    synchronized int liveLoaders() {
        int n = 0;
        for (java.lang.ref.WeakReference<VersionLoader> r : loaders.values()) if (r.get() != null) n++;
        return n;
    }

    private synchronized VersionLoader loader(Linkage linkage, String module) {
        java.lang.ref.WeakReference<VersionLoader> ref = loaders.get(linkage);
        VersionLoader loader = ref == null ? null : ref.get();
        if (loader == null) {
            loader = new VersionLoader(module, JitCompiler.class.getClassLoader());
            loaders.put(linkage, new java.lang.ref.WeakReference<>(loader));
        }
        return loader;
    }

    private String className(TFunction fn) {
        return className(fn.module(), fn.name()) + '$' + sequence.incrementAndGet();
    }

    private static String className(String module, String name) {
        StringBuilder sb = new StringBuilder("t.");
        for (String part : module.split("\\.")) sb.append(ident(part)).append('.');
        return sb.append(ident(name)).toString();
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

    /** The bytecode size of {@code method}; Unsupported above what HotSpot compiles ({@link #MAX_METHOD_BYTES}). */
    private int checkedSize(byte[] bytes, String method) {
        int size = codeSize(bytes, method);
        if (size > MAX_METHOD_BYTES) throw new Unsupported(size + " bytes of bytecode");
        return size;
    }

    private int codeSize(byte[] bytes, String method) {
        ClassModel model = classFile.parse(bytes);
        for (MethodModel m : model.methods()) {
            if (m.methodName().equalsString(method)) return m.code().map(c -> c instanceof java.lang.classfile.attribute.CodeAttribute ca ? ca.codeLength() : 0).orElse(0);
        }
        return 0;
    }
}
