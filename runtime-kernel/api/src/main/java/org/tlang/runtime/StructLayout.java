package org.tlang.runtime;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.tir.Type;

/**
 * How a struct's values hold their fields: one letter per field, J (Int, a {@code long}), D (Float,
 * a {@code double}), Z (Bool, a {@code boolean}), O (an Option: the payload of Some, or null for
 * None, so a Some costs no object of its own while it sits in the struct) or A (anything else, a
 * reference: Unit, and a generic struct's type parameters, which hold boxed values). Each layout has one class, generated
 * on first use: {@code org.tlang.interp.struct.S_<layout>} extends {@link StructValue}, with public
 * fields {@code f0..fn} of those types and a constructor {@code (StructShape, f0, .., fn)} (an O
 * field takes the payload or null).
 *
 * <p>The class depends only on the layout, never on a struct's name or module version, so a struct
 * kept across a reload keeps its values and the new version's compiled code reads them. The classes
 * live in one loader of their own for the life of the kernel (there are only as many as distinct
 * layouts); compiled code that names them resolves them through {@link #classNamed}.
 */
public final class StructLayout {
    public static final String PACKAGE = "org.tlang.interp.struct";
    private static final String PREFIX = PACKAGE + ".S_";
    private static final Map<String, StructLayout> LAYOUTS = new ConcurrentHashMap<>();
    private static final StructClassLoader LOADER = new StructClassLoader();

    private final String code;
    private final Class<? extends StructValue> type;
    private final StructValue prototype;

    private StructLayout(String code) {
        this.code = code;
        this.type = LOADER.define(className(code), StructClassFile.bytes(code));
        try {
            this.prototype = type.getConstructor(StructShape.class).newInstance((StructShape) null);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("generated struct class " + type.getName(), e);
        }
    }

    public static StructLayout of(String code) {
        for (int i = 0; i < code.length(); i++) {
            if ("JDZOA".indexOf(code.charAt(i)) < 0) throw new IllegalArgumentException("struct layout " + code);
        }
        return LAYOUTS.computeIfAbsent(code, StructLayout::new);
    }

    /** The layout letters of fields of these types. */
    public static String code(List<Type> fieldTypes) {
        StringBuilder sb = new StringBuilder(fieldTypes.size());
        for (Type t : fieldTypes) sb.append(letter(t));
        return sb.toString();
    }

    /** The layout letter of a field of type {@code t}. */
    public static char letter(Type t) {
        if (t == Type.INT) return 'J';
        if (t == Type.FLOAT) return 'D';
        if (t == Type.BOOL) return 'Z';
        if (t instanceof Type.Named n && n.name().equals("Option")) return 'O';
        return 'A';
    }

    public static String className(String code) {
        return PREFIX + code;
    }

    /** The generated class of this name (for class loaders of compiled code), or ClassNotFoundException. */
    public static Class<?> classNamed(String name) throws ClassNotFoundException {
        if (!name.startsWith(PREFIX)) throw new ClassNotFoundException(name);
        try {
            return of(name.substring(PREFIX.length())).type;
        } catch (IllegalArgumentException e) {
            throw new ClassNotFoundException(name);
        }
    }

    public String code() {
        return code;
    }

    public Class<? extends StructValue> type() {
        return type;
    }

    StructValue blank(StructShape shape) {
        return prototype.blank(shape);
    }

    @Override
    public String toString() {
        return "StructLayout[" + code + "]";
    }

    private static final class StructClassLoader extends ClassLoader {
        StructClassLoader() {
            super("tlang-structs", StructValue.class.getClassLoader());
        }

        Class<? extends StructValue> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length).asSubclass(StructValue.class);
        }
    }
}
