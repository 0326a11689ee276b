package org.tlang.runtime;

import java.util.List;
import org.tlang.tir.Type;

/**
 * The runtime descriptor of a struct type. The registry keeps one per (name, shape), so a struct
 * whose declaration did not change keeps its descriptor, and its values stay valid, across reloads.
 * Its {@link StructLayout} says how its values hold their fields.
 */
public final class StructShape {
    private final String name;
    private final String simpleName;
    private final List<String> fieldNames;
    private final StructLayout layout;

    /** {@code layout}: one of J (Int), D (Float), Z (Bool), A (anything else) per field, see {@link StructLayout}. */
    public StructShape(String name, String simpleName, List<String> fieldNames, String layout) {
        if (layout.length() != fieldNames.size()) throw new IllegalArgumentException("layout " + layout + " for fields " + fieldNames);
        this.name = name;
        this.simpleName = simpleName;
        this.fieldNames = List.copyOf(fieldNames);
        this.layout = StructLayout.of(layout);
    }

    public StructShape(String name, String simpleName, List<String> fieldNames, List<Type> fieldTypes) {
        this(name, simpleName, fieldNames, StructLayout.code(fieldTypes));
    }

    public String name() {
        return name;
    }

    public String simpleName() {
        return simpleName;
    }

    public List<String> fieldNames() {
        return fieldNames;
    }

    public StructLayout layout() {
        return layout;
    }

    /** A value of this struct with every field unset (null or zero), for callers that set each field next. */
    public StructValue blank() {
        return layout.blank(this);
    }

    /** A value of this struct with the given fields, boxed, in declaration order. */
    public StructValue make(Object... fields) {
        if (fields.length != fieldNames.size()) throw new IllegalArgumentException(name + " has " + fieldNames.size() + " fields, got " + fields.length);
        StructValue s = blank();
        for (int i = 0; i < fields.length; i++) s.set(i, fields[i]);
        return s;
    }

    @Override
    public String toString() {
        return "StructShape[" + name + " " + fieldNames + " " + layout.code() + "]";
    }
}
