package org.tlang.runtime;

/** Natural order of T values, for {@code sort} and Str comparisons. */
public final class Values {
    private Values() {}

    /** Str order: by Unicode code point (UTF-16 order differs for characters above U+FFFF). */
    public static int compareStr(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) return codePointOrder(x) - codePointOrder(y);
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above the rest of the BMP, which turns UTF-16 order into code point order. */
    private static int codePointOrder(char c) {
        if (c >= 0xD800 && c <= 0xDFFF) return c + 0x2000;
        if (c >= 0xE000) return c - 0x800;
        return c;
    }

    /** The natural order of two values of one T type (what `sort` uses). */
    public static int compare(Object a, Object b) {
        if (a instanceof Long x) return Long.compare(x, (Long) b);
        if (a instanceof Double x) return Double.compare(x, (Double) b);
        if (a instanceof String x) return compareStr(x, (String) b);
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
            for (int i = 0; i < x.arity(); i++) {
                int c = compare(x.field(i), y.field(i));
                if (c != 0) return c;
            }
            return 0;
        }
        if (a instanceof StructValue x) {
            StructValue y = (StructValue) b;
            for (int i = 0; i < x.size(); i++) {
                int c = compare(x.get(i), y.get(i));
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
