package org.tlang.interp;

/** Natural order of T values, for {@code sort}. */
final class Values {
    private Values() {}

    static int compare(Object a, Object b) {
        if (a instanceof Long x) return Long.compare(x, (Long) b);
        if (a instanceof Double x) return Double.compare(x, (Double) b);
        if (a instanceof String x) return x.compareTo((String) b);
        if (a instanceof Boolean x) return Boolean.compare(x, (Boolean) b);
        if (a instanceof Tuple x) {
            Tuple y = (Tuple) b;
            for (int i = 0; i < x.items.length; i++) {
                int c = compare(x.items[i], y.items[i]);
                if (c != 0) return c;
            }
            return 0;
        }
        if (a instanceof EnumValue x) {
            EnumValue y = (EnumValue) b;
            if (x.variant != y.variant) return Integer.compare(x.variant, y.variant);
            for (int i = 0; i < x.fields.length; i++) {
                int c = compare(x.fields[i], y.fields[i]);
                if (c != 0) return c;
            }
            return 0;
        }
        if (a instanceof StructValue x) {
            StructValue y = (StructValue) b;
            for (int i = 0; i < x.fields.length; i++) {
                int c = compare(x.fields[i], y.fields[i]);
                if (c != 0) return c;
            }
            return 0;
        }
        if (a instanceof java.util.List<?> x) {
            java.util.List<?> y = (java.util.List<?>) b;
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compare(x.get(i), y.get(i));
                if (c != 0) return c;
            }
            return Integer.compare(x.size(), y.size());
        }
        return 0;
    }
}
