package org.tlang.jit.codegen;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tlang.jit.JitRuntime;
import org.tlang.runtime.Box;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.ClosureMaker;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Executable;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Iteration;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.Safepoint;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Values;
import org.tlang.runtime.Vec;

/**
 * The classes generated code names, made from class literals so that renaming one breaks this
 * build rather than the generated code. (Only classes made at run time go by name: struct layout
 * classes and the compiled classes themselves.)
 */
final class Descs {
    private Descs() {}

    static final ClassDesc RUNTIME = of(JitRuntime.class);
    static final ClassDesc PANIC = of(PanicException.class);
    static final ClassDesc FRAME = of(Frame.class);
    static final ClassDesc SAFEPOINT = of(Safepoint.class);
    static final ClassDesc EXECUTABLE = of(Executable.class);
    static final ClassDesc UNIT = of(Unit.class);
    static final ClassDesc STATIC_CELL = of(StaticCell.class);
    static final ClassDesc STRUCT_VALUE = of(StructValue.class);
    static final ClassDesc STRUCT_SHAPE = of(StructShape.class);
    static final ClassDesc ENUM_VALUE = of(EnumValue.class);
    static final ClassDesc ENUM_SHAPE = of(EnumShape.class);
    static final ClassDesc VEC = of(Vec.class);
    static final ClassDesc TUPLE = of(Tuple.class);
    static final ClassDesc BOX = of(Box.class);
    static final ClassDesc FN_VALUE = of(FnValue.class);
    static final ClassDesc BOXED_CALL = of(BoxedCall.class);
    static final ClassDesc CLOSURE_MAKER = of(ClosureMaker.class);
    static final ClassDesc PRINTER = of(Printer.class);
    static final ClassDesc ITERATION = of(Iteration.class);
    static final ClassDesc VALUES = of(Values.class);

    static final ClassDesc MATH = of(Math.class);
    static final ClassDesc STRING_BUILDER = of(StringBuilder.class);
    static final ClassDesc OBJECTS = of(Objects.class);
    static final ClassDesc MAP = of(Map.class);
    static final ClassDesc LINKED_HASH_MAP = of(LinkedHashMap.class);
    /** {@code Object[]}: boxed arguments, a frame's refs. */
    static final ClassDesc OBJECT_ARRAY = ConstantDescs.CD_Object.arrayType();
    /** {@code long[]}: a frame's prims. */
    static final ClassDesc LONG_ARRAY = ConstantDescs.CD_long.arrayType();

    static ClassDesc of(Class<?> c) {
        return c.describeConstable().orElseThrow();
    }
}
