package org.tlang.runtime;

import java.util.Objects;

/**
 * An instance of a T struct: a reference with mutable fields. Equality is structural. The fields
 * live in a subclass generated per {@link StructLayout}, Int, Float and Bool fields unboxed; the
 * typed accessors here serve fields of other representations by boxing (a generic struct's
 * {@code T} field holding an Int, say), and the generated classes override them for their own.
 */
public abstract class StructValue {
    final StructShape shape;

    protected StructValue(StructShape shape) {
        this.shape = shape;
    }

    public final StructShape shape() {
        return shape;
    }

    /** The number of fields. */
    public final int size() {
        return shape.fieldNames().size();
    }

    /** Field {@code i}, boxed. */
    public abstract Object get(int i);

    /** Sets field {@code i} from a boxed value of the field's type. */
    public abstract void set(int i, Object v);

    public long getLong(int i) {
        return Slots.asLong(get(i));
    }

    public double getDouble(int i) {
        return (Double) get(i);
    }

    public boolean getBool(int i) {
        return (Boolean) get(i);
    }

    public void setLong(int i, long v) {
        set(i, v);
    }

    public void setDouble(int i, double v) {
        set(i, v);
    }

    public void setBool(int i, boolean v) {
        set(i, v);
    }

    /** A value of {@code shape} of the same layout as this one, its fields unset. */
    protected abstract StructValue blank(StructShape shape);

    @Override
    public final boolean equals(Object o) {
        if (!(o instanceof StructValue s) || !s.shape.name().equals(shape.name()) || s.size() != size()) return false;
        for (int i = 0; i < size(); i++) if (!Objects.equals(get(i), s.get(i))) return false;
        return true;
    }

    @Override
    public final int hashCode() {
        int h = 1;
        for (int i = 0; i < size(); i++) h = 31 * h + Objects.hashCode(get(i));
        return shape.name().hashCode() * 31 + h;
    }

    @Override
    public final String toString() {
        return Printer.show(this);
    }
}
