package org.tlang.runtime;

import java.util.Arrays;

/**
 * A value of a T enum (Option and Result included). A variant with one field (Some, Ok, Err, most
 * user variants) holds it inline: one object per value, not two.
 */
public final class EnumValue {
    private static final Object[] NO_FIELDS = new Object[0];
    public static final EnumValue NONE = new EnumValue(EnumShape.OPTION, EnumShape.NONE, NO_FIELDS);

    final EnumShape shape;
    final int variant;
    /** The field of a one-field variant. */
    private final Object single;
    /** The fields of a variant with none or several; null for one field. */
    private final Object[] fields;

    public EnumValue(EnumShape shape, int variant, Object[] fields) {
        this.shape = shape;
        this.variant = variant;
        this.single = fields.length == 1 ? fields[0] : null;
        this.fields = fields.length == 1 ? null : fields;
    }

    /** A variant with exactly one field. */
    public EnumValue(EnumShape shape, int variant, Object field) {
        this.shape = shape;
        this.variant = variant;
        this.single = field;
        this.fields = null;
    }

    public static EnumValue some(Object v) {
        return new EnumValue(EnumShape.OPTION, EnumShape.SOME, v);
    }

    public static EnumValue option(Object v) {
        return v == null ? NONE : some(v);
    }

    /** What a struct's Option field holds: the payload of Some, or null for None (T has no null). */
    public static Object payloadOrNull(Object option) {
        EnumValue e = (EnumValue) option;
        return e.variant == EnumShape.NONE ? null : e.single;
    }

    public static EnumValue ok(Object v) {
        return new EnumValue(EnumShape.RESULT, EnumShape.OK, v);
    }

    public static EnumValue err(Object v) {
        return new EnumValue(EnumShape.RESULT, EnumShape.ERR, v);
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
        return fields == null ? 1 : fields.length;
    }

    public Object field(int i) {
        if (fields != null) return fields[i];
        if (i != 0) throw new IndexOutOfBoundsException(i);
        return single;
    }

    /** Whether `?` on this value returns it: None, or an Err. */
    public boolean isNoneOrErr() {
        return shape == EnumShape.OPTION ? variant == EnumShape.NONE : variant == EnumShape.ERR;
    }

    /** The field of a one-field variant (Some, Ok, Err). */
    public Object single() {
        return single;
    }

    private Object[] all() {
        return fields != null ? fields : new Object[] {single};
    }

    public String variantName() {
        return shape.variants().get(variant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumValue e && e.variant == variant && e.shape.name().equals(shape.name()) && Arrays.equals(all(), e.all());
    }

    @Override
    public int hashCode() {
        return (shape.name().hashCode() * 31 + variant) * 31 + Arrays.hashCode(all());
    }

    @Override
    public String toString() {
        return Printer.show(this);
    }
}
