package org.tlang.runtime;

import java.lang.invoke.MethodType;

import org.tlang.tir.Type;

/** The JVM shape of T values and functions, as every tier and native module passes them. */
public final class JvmTypes {
    private JvmTypes() {}

    /** The JVM type of a T value: long for Int, double for Float, boolean for Bool, Object otherwise. */
    public static Class<?> of(Type t) {
        if (t == Type.INT) return long.class;
        if (t == Type.FLOAT) return double.class;
        if (t == Type.BOOL) return boolean.class;
        return Object.class;
    }

    /** The method type of a T function; a () result is void. */
    public static MethodType methodType(Type.Fn signature) {
        Class<?>[] params = signature.params().stream().map(JvmTypes::of).toArray(Class<?>[]::new);
        Class<?> result = signature.result() == Type.UNIT ? void.class : of(signature.result());
        return MethodType.methodType(result, params);
    }
}
