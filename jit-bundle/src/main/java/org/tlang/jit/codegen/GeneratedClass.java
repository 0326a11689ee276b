package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tlang.runtime.Executable;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;
import org.tlang.tir.Type;

/**
 * What one generated class gathers while its methods are compiled: its constants (static fields
 * set from {@link org.tlang.jit.JitRuntime#constants} in its static initialiser, call sites by
 * index), the classes of its closures, the parts left to the interpreter, and what it asked the
 * module version (the interpreter's nodes, struct layouts) so it asks once.
 */
final class GeneratedClass {
    private record Field(String name, ClassDesc type, int index) {}

    final TFunction fn;
    final Linkage linkage;
    final String name;
    final ClassDesc self;
    /** A closure's captured values (its locals that receive them), which come before its parameters; else empty. */
    final List<TLocal> captured;
    ClassFile classFile;
    private final List<Object> constants = new ArrayList<>();
    private final List<Recipe> recipes = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    final List<String> islands = new ArrayList<>();
    final List<FunctionCompiler.Extra> extras = new ArrayList<>();
    /** The class of the function (not of a closure) this one is compiled for: it names every nested closure's class. */
    private final GeneratedClass outermost;
    private int closures;
    /** The interpreter's node of each expression asked about, or why the interpreter could not compile it. */
    private final Map<TExpr, Object> interpreted = new IdentityHashMap<>();
    private final Map<String, Optional<String>> layouts = new HashMap<>();
    private Map<Integer, TLocal> localsByIndex;
    private Set<TLocal> narrow;

    GeneratedClass(TFunction fn, Linkage linkage, String name, List<TLocal> captured, GeneratedClass enclosing) {
        this.outermost = enclosing == null ? this : enclosing.outermost;
        this.fn = fn;
        this.linkage = linkage;
        this.name = name;
        this.self = ClassDesc.of(name);
        this.captured = captured;
    }

    Object[] constants() {
        return constants.toArray();
    }

    /** How each of {@link #constants} was found, in the same order. */
    List<Recipe> recipes() {
        return List.copyOf(recipes);
    }

    /** Adds a constant that no field holds (a call site, found by index); its index. */
    int constantIndex(Recipe recipe) {
        int index = constants.size();
        constants.add(recipe.resolve(linkage, this::interpreted));
        recipes.add(recipe);
        return index;
    }

    /** Adds a constant held in a static field of type {@code type}; the field's name. */
    String constant(Recipe recipe, ClassDesc type) {
        int index = constantIndex(recipe);
        String name = "k" + index;
        fields.add(new Field(name, type, index));
        return name;
    }

    /**
     * The name of the class of this class's next closure: numbered in the outermost function's class,
     * so names stay short however deeply closures nest (not {@code f$c0$c0$c0...}).
     */
    String closureName() {
        return outermost.name + "$c" + outermost.closures++;
    }

    /**
     * The interpreter's node for {@code e}, compiled once per expression: what an interpreted part
     * runs, and where struct shapes, constants, closure makers and built-ins are read from.
     */
    Executable interpreted(TExpr e) {
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
    Executable interpretedOrNull(TExpr e) {
        try {
            return interpreted(e);
        } catch (Unsupported u) {
            return null;
        }
    }

    /** The struct layouts this class's code names (struct to layout code, none when unknown). */
    Map<String, Optional<String>> layoutsSeen() {
        return Map.copyOf(layouts);
    }

    /** The layout of the struct type {@code t} as this module version sees it, or null if unknown. */
    String layout(Type t) {
        return t instanceof Type.Named n ? layoutOf(n.name()) : null;
    }

    /** The layout code of struct {@code name} (qualified) as this module version sees it, or null if unknown. */
    String layoutOf(String name) {
        return layouts.computeIfAbsent(name, x -> Optional.ofNullable(linkage.struct(x))
                .map(shape -> shape.layout().code())).orElse(null);
    }

    /** The function's locals: captured values (a closure's), parameters, then those of its body. */
    Set<TLocal> locals() {
        Set<TLocal> all = new LinkedHashSet<>(captured);
        all.addAll(fn.params());
        Tir.locals(fn.body(), all::add, all::add);
        for (TLocal l : all) {
            if (l.type() == Type.NEVER) throw new Unsupported("local of type !");
        }
        return all;
    }

    /** The Int locals held in an int ({@link Counters#narrow}); parameters and captured values arrive as longs. */
    Set<TLocal> narrow() {
        if (narrow == null) {
            Set<TLocal> given = new LinkedHashSet<>(captured);
            given.addAll(fn.params());
            narrow = Counters.narrow(fn.body(), given);
        }
        return narrow;
    }

    TLocal localAt(int index) {
        if (localsByIndex == null) {
            localsByIndex = new HashMap<>();
            for (TLocal l : locals()) localsByIndex.putIfAbsent(l.index(), l);
        }
        return localsByIndex.get(index);
    }

    /** The T source file, as traces name it. */
    /** The T file, as the trace shows it; also the classes' SourceFile, which PanicException.stackOverflow reads. */
    String file() {
        return fn.file() == null ? "?" : fn.file();
    }

    /**
     * The constants' fields and the static initialiser that sets them. It also resolves the panic
     * class that the code's exception handlers name: resolved lazily, the first stack overflow
     * unwinding through a handler would load it with no stack left, which can fail for good.
     */
    void staticInit(ClassBuilder cb) {
        for (Field f : fields) cb.withField(f.name(), f.type(), ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
        cb.withMethodBody("<clinit>", MethodTypeDesc.of(CD_void), ClassFile.ACC_STATIC, c -> {
            c.ldc(Descs.PANIC);
            c.pop();
            if (fields.isEmpty()) {
                c.return_();
                return;
            }
            c.ldc(self);
            c.invokestatic(Descs.RUNTIME, "constants", MethodTypeDesc.of(Descs.OBJECT_ARRAY, ConstantDescs.CD_Class));
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
}
