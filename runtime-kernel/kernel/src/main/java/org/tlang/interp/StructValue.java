package org.tlang.interp;

import java.util.Arrays;

/** An instance of a T struct: a reference with mutable fields. Equality is structural. */
public final class StructValue {
    final StructShape shape;
    final Object[] fields;

    public StructValue(StructShape shape, Object[] fields) {
        this.shape = shape;
        this.fields = fields;
    }

    public StructShape shape() {
        return shape;
    }

    public Object get(int i) {
        return fields[i];
    }

    public void set(int i, Object v) {
        fields[i] = v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructValue s && s.shape.name().equals(shape.name()) && Arrays.equals(fields, s.fields);
    }

    @Override
    public int hashCode() {
        return shape.name().hashCode() * 31 + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return Printer.show(this);
    }
}
