package org.tlang.interp;

import java.util.Arrays;

/** A value of a T enum (Option and Result included). */
public final class EnumValue {
    private static final Object[] NO_FIELDS = new Object[0];
    public static final EnumValue NONE = new EnumValue(EnumShape.OPTION, EnumShape.NONE, NO_FIELDS);

    final EnumShape shape;
    final int variant;
    final Object[] fields;

    public EnumValue(EnumShape shape, int variant, Object[] fields) {
        this.shape = shape;
        this.variant = variant;
        this.fields = fields;
    }

    public static EnumValue some(Object v) {
        return new EnumValue(EnumShape.OPTION, EnumShape.SOME, new Object[] {v});
    }

    public static EnumValue option(Object v) {
        return v == null ? NONE : some(v);
    }

    public static EnumValue ok(Object v) {
        return new EnumValue(EnumShape.RESULT, EnumShape.OK, new Object[] {v});
    }

    public static EnumValue err(Object v) {
        return new EnumValue(EnumShape.RESULT, EnumShape.ERR, new Object[] {v});
    }

    public int variant() {
        return variant;
    }

    /** The enum this value belongs to (its qualified name and variant names). */
    public EnumShape shape() {
        return shape;
    }

    /** How many fields the variant carries. */
    public int arity() {
        return fields.length;
    }

    public Object field(int i) {
        return fields[i];
    }

    public String variantName() {
        return shape.variants().get(variant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumValue e && e.variant == variant && e.shape.name().equals(shape.name()) && Arrays.equals(fields, e.fields);
    }

    @Override
    public int hashCode() {
        return (shape.name().hashCode() * 31 + variant) * 31 + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return Printer.show(this);
    }
}
