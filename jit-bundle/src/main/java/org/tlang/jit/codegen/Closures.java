package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import org.tlang.runtime.ClosureMaker;
import org.tlang.tir.TExpr;
import org.tlang.tir.TLocal;

/**
 * Closure expressions: an instance of the closure's own compiled class (see
 * {@link FunctionCompiler#compileClosure}) when its body compiles, else a value from the
 * interpreter's closure maker, else an island.
 */
final class Closures {
    private final Emitter cx;
    private final CodeBuilder code;

    Closures(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    void closure(TExpr.Closure c) {
        String compiled = closureClass(c);
        if (compiled != null) newClosure(c, compiled);
        else if (closureMaker(c) != null) makeClosure(c);
        else cx.islands.island(c);
    }

    /** The class of {@code c}'s values with its body compiled (defined before this function's class), or null if its body cannot be compiled. */
    private String closureClass(TExpr.Closure c) {
        GeneratedClass owner = cx.owner;
        String name = owner.closureName();
        FunctionCompiler body = new FunctionCompiler(c.function(), owner, name, c.capturedInto());
        byte[] bytes;
        try {
            bytes = body.compileClosure(owner.classFile);
        } catch (Unsupported u) {
            return null;
        }
        owner.extras.addAll(body.extras());
        owner.extras.add(new FunctionCompiler.Extra(name, bytes, body.constants(), body.recipes(), body.layouts()));
        for (String island : body.islands()) owner.islands.add(island + " (in a closure)");
        return name;
    }

    /** A closure whose body is compiled: {@code new C(captured values...)}. */
    private void newClosure(TExpr.Closure c, String closureClass) {
        ClassDesc type = ClassDesc.of(closureClass);
        code.new_(type);
        code.dup();
        List<ClassDesc> params = new ArrayList<>();
        for (TLocal l : c.captures()) {
            Repr r = cx.slotRepr(l);
            Repr want = l.boxed() ? Repr.A : Repr.param(l.type()); // a local captured by reference: its Box
            if (r != Repr.V) r.load(code, cx.slot(l));
            cx.coerce(r, want);
            params.add(want.desc());
        }
        code.invokespecial(type, "<init>", MethodTypeDesc.of(CD_void, params));
    }

    /** The interpreter's maker of this closure expression's values, or null to leave it to an interpreted part. */
    private ClosureMaker closureMaker(TExpr.Closure c) {
        return cx.owner.interpretedOrNull(c) instanceof ClosureMaker m ? m : null;
    }

    /** A closure value from the captured locals' values (captures are by value: see {@link FunctionCompiler}). */
    private void makeClosure(TExpr.Closure c) {
        cx.getConstant(Recipe.of(Recipe.Kind.INTERPRETED, c), Descs.CLOSURE_MAKER);
        code.loadConstant(c.captures().size());
        code.anewarray(CD_Object);
        for (int i = 0; i < c.captures().size(); i++) {
            TLocal captured = c.captures().get(i);
            Repr r = cx.slotRepr(captured);
            code.dup();
            code.loadConstant(i);
            if (r != Repr.V) r.load(code, cx.slot(captured));
            cx.coerce(r, Repr.A);
            code.aastore();
        }
        code.invokeinterface(Descs.CLOSURE_MAKER, "make", MethodTypeDesc.of(Descs.FN_VALUE, Descs.OBJECT_ARRAY));
    }
}
