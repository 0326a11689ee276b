package org.tlang.spi.tier;

import java.lang.invoke.MutableCallSite;

import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Executable;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.StructShape;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TExpr;

/**
 * What a compiling tier links one module version's code against: the switchable call sites of a
 * running program's functions (one per function), its statics, the descriptors of its types, and
 * the interpreter for the parts of a function the tier does not compile itself. One instance per
 * module version: code compiled for that version may be grouped (one class loader, say) and
 * dropped with it.
 */
public interface Linkage {

    /** The call site through which every call to {@code callee} goes; reload, patch and tier-up retarget it. */
    MutableCallSite callSite(FunctionRef callee);

    /** The cell of a static of this module version's program. */
    StaticCell global(GlobalRef ref);

    /**
     * The descriptor of the struct {@code name} (qualified) as this module version sees it, or null
     * if it sees no such struct: its {@link StructShape#layout} says which class holds the struct's values.
     */
    StructShape struct(String name);

    /** The descriptor of the enum {@code name} (qualified; {@code Option} and {@code Result} as they are), or null if unseen. */
    EnumShape enumShape(String name);

    /**
     * {@code expr} (a part of a function of this module version) compiled for the interpreter: run it
     * on a {@link org.tlang.runtime.Frame} of the function's size holding the locals it reads at their
     * index (Int, Bool as 0/1 and Float as raw bits in {@code prims}, the rest in {@code refs}).
     * {@code expr} must not contain a {@code break}, {@code continue}, {@code return} or {@code ?}
     * that leaves it. The result may also be a {@link org.tlang.runtime.BoxedCall} (a built-in over
     * boxed arguments), a {@link org.tlang.runtime.ClosureMaker} (a closure expression) or a
     * {@link org.tlang.runtime.ConstantValue} (a value fixed when it was compiled), which compiled
     * code may use directly instead.
     */
    Executable interpreted(TExpr expr);

    /**
     * What a tier wrote ahead of time for {@code module} of this version in its own {@code format}
     * (see {@link AheadOfTimeCompiler}), as {@code tlang build} put it into the module's package;
     * null when the package has none. The tier checks that it still fits before it uses any of it.
     */
    default byte[] aheadOfTime(String format, String module) {
        return null;
    }
}
