package org.tlang.jit.codegen;

import java.util.function.Function;
import org.tlang.runtime.ConstantValue;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Executable;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.TExpr;

/**
 * How one constant of a generated class is found: from an expression of the function and the
 * module version's {@link Linkage}, or a literal. The compiler finds every constant this way, so a
 * class compiled ahead of time gets the same constants from the version it is loaded into (the
 * expression named by its place in {@link ExprIndex}).
 */
public record Recipe(Kind kind, TExpr expr, Object literal) {

    public enum Kind {
        /** The call site of a {@link TExpr.Call}'s callee. */
        CALL_SITE,
        /** The cell of the static a {@link TExpr.Global} or {@link TExpr.SetGlobal} names. */
        GLOBAL,
        /** The interpreter's node of the expression (an island, a built-in over boxed values, a closure maker). */
        INTERPRETED,
        /** The value the interpreter fixed for the expression (a named function as a value). */
        CONSTANT_VALUE,
        /** The shape of a {@link TExpr.StructNew}'s struct. */
        STRUCT_SHAPE,
        /** The shape of a {@link TExpr.VariantNew}'s enum. */
        ENUM_SHAPE,
        /** The one value of a {@link TExpr.VariantNew} without fields. */
        UNIT_VARIANT,
        /** {@link #literal} itself (a pattern's literal). */
        LITERAL
    }

    static Recipe of(Kind kind, TExpr expr) {
        return new Recipe(kind, expr, null);
    }

    static Recipe literal(Object value) {
        return new Recipe(Kind.LITERAL, null, value);
    }

    /** The constant, from {@code linkage}; {@code interpreted} compiles an expression for the interpreter. */
    public Object resolve(Linkage linkage, Function<TExpr, Executable> interpreted) {
        return switch (kind) {
            case CALL_SITE -> linkage.callSite(((TExpr.Call) expr).callee());
            case GLOBAL -> linkage.global(expr instanceof TExpr.Global g ? g.ref() : ((TExpr.SetGlobal) expr).ref());
            case INTERPRETED -> interpreted.apply(expr);
            case CONSTANT_VALUE -> ((ConstantValue) interpreted.apply(expr)).value();
            case STRUCT_SHAPE -> linkage.struct(((TExpr.StructNew) expr).struct().name());
            case ENUM_SHAPE -> linkage.enumShape(((TExpr.VariantNew) expr).enumName());
            case UNIT_VARIANT -> {
                TExpr.VariantNew vn = (TExpr.VariantNew) expr;
                EnumShape shape = linkage.enumShape(vn.enumName());
                yield new EnumValue(shape, vn.index(), new Object[0]);
            }
            case LITERAL -> literal;
        };
    }
}
