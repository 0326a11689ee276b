package org.tlang.ffi;

import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_byte;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_short;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tlang.runtime.JvmTypes;

/**
 * The call of an extern function whose C signature has only scalars, {@code Ptr} and {@code CStr}
 * as one small generated method, the code a Java programmer writes around a downcall: a confined
 * arena for the CStr copies, closed in a {@code finally}, and the downcall handle a class-data
 * constant. HotSpot inlines it, and the downcall, into the compiled T caller; a tree of method
 * handle combinators doing the same is compiled apart once it is large, which doubles the cost
 * of a call like strlen.
 */
final class ForeignGlue {
    private static final ClassDesc ARENA = ClassDesc.of("java.lang.foreign.Arena");
    private static final ClassDesc SEGMENT = ClassDesc.of("java.lang.foreign.MemorySegment");
    private static final ClassDesc VALUES = ClassDesc.of(CValues.class.getName());
    private static final ClassDesc HANDLE = ClassDesc.of("java.lang.invoke.MethodHandle");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ForeignGlue() {}

    /** Whether {@link #call} can make the call of {@code fn}. */
    static boolean fits(ForeignFn fn) {
        for (CType p : fn.params()) if (!(p instanceof CType.Scalar || p == CType.Simple.PTR || p == CType.Simple.CSTR)) return false;
        return fn.result() instanceof CType.Scalar || fn.result() instanceof CType.Simple;
    }

    /** A handle of {@link JvmTypes#methodType} of {@code fn}'s T signature around {@code downcall}. */
    static MethodHandle call(ForeignFn fn, MethodHandle downcall) {
        MethodType tType = JvmTypes.methodType(fn.signature());
        ClassDesc self = ClassDesc.of(ForeignGlue.class.getPackageName() + ".Glue" + SEQUENCE.incrementAndGet());
        MethodTypeDesc desc = tType.describeConstable().orElseThrow();
        byte[] bytes = ClassFile.of().build(self, cls -> cls.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC)
                .withMethodBody("call", desc, ClassFile.ACC_STATIC | ClassFile.ACC_PUBLIC, code -> body(code, fn, tType, downcall.type())));
        try {
            MethodHandles.Lookup glue = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, downcall, true);
            return glue.findStatic(glue.lookupClass(), "call", tType);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define the call of extern fn " + fn.name(), e);
        }
    }

    private static void body(CodeBuilder code, ForeignFn fn, MethodType tType, MethodType cType) {
        List<CType> params = fn.params();
        boolean arena = params.contains(CType.Simple.CSTR);
        int arenaSlot = code.allocateLocal(TypeKind.REFERENCE);
        java.lang.classfile.Label start = code.newLabel();
        java.lang.classfile.Label end = code.newLabel();
        java.lang.classfile.Label handler = code.newLabel();
        if (arena) {
            code.invokestatic(ARENA, "ofConfined", MethodTypeDesc.of(ARENA), true);
            code.astore(arenaSlot);
        }
        code.labelBinding(start);
        code.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA, ConstantDescs.DEFAULT_NAME, HANDLE));
        int slot = 0;
        for (int i = 0; i < params.size(); i++) {
            Class<?> t = tType.parameterType(i);
            switch (params.get(i)) {
                case CType.Scalar s -> {
                    code.loadLocal(TypeKind.from(t), slot);
                    switch (s) {
                        case C_CHAR -> code.invokestatic(VALUES, "toChar", MethodTypeDesc.of(CD_byte, CD_long));
                        case C_SHORT -> code.invokestatic(VALUES, "toShort", MethodTypeDesc.of(CD_short, CD_long));
                        case C_INT -> code.invokestatic(VALUES, "toInt", MethodTypeDesc.of(CD_int, CD_long));
                        case C_SIZE_T -> code.invokestatic(VALUES, "toSize", MethodTypeDesc.of(CD_long, CD_long));
                        case C_FLOAT -> code.invokestatic(VALUES, "toFloat", MethodTypeDesc.of(CD_float, CD_double));
                        default -> {
                        }
                    }
                }
                case CType.Simple s when s == CType.Simple.CSTR -> {
                    code.aload(arenaSlot);
                    code.aload(slot);
                    code.checkcast(CD_String);
                    code.invokestatic(VALUES, "cstr", MethodTypeDesc.of(SEGMENT, ARENA, CD_String));
                }
                default -> {
                    code.aload(slot);
                    code.checkcast(SEGMENT);
                }
            }
            slot += TypeKind.from(t).slotSize();
        }
        code.invokevirtual(HANDLE, "invokeExact", cType.describeConstable().orElseThrow());
        switch (fn.result()) {
            case CType.Scalar s -> {
                if (s == CType.Scalar.C_FLOAT) code.f2d();
                else if (!s.isFloat() && cType.returnType() != long.class) code.i2l();
            }
            case CType.Simple s when s == CType.Simple.CSTR -> {
                code.ldc("the CStr " + fn.name() + " returned");
                code.invokestatic(VALUES, "string", MethodTypeDesc.of(CD_String, SEGMENT, CD_String));
            }
            default -> {
            }
        }
        TypeKind result = TypeKind.from(tType.returnType());
        if (!arena) {
            code.return_(result);
            return;
        }
        int resultSlot = result == TypeKind.VOID ? -1 : code.allocateLocal(result);
        if (resultSlot >= 0) code.storeLocal(result, resultSlot);
        code.labelBinding(end);
        code.aload(arenaSlot);
        code.invokeinterface(ARENA, "close", MethodTypeDesc.of(ConstantDescs.CD_void));
        if (resultSlot >= 0) code.loadLocal(result, resultSlot);
        code.return_(result);
        code.labelBinding(handler);
        int thrown = code.allocateLocal(TypeKind.REFERENCE);
        code.astore(thrown);
        code.aload(arenaSlot);
        code.invokeinterface(ARENA, "close", MethodTypeDesc.of(ConstantDescs.CD_void));
        code.aload(thrown);
        code.athrow();
        code.exceptionCatch(start, end, handler, CD_Throwable);
    }
}
