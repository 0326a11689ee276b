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
        if (a instanceof Bytes x) {
            Bytes y = (Bytes) b;
            for (int i = 0; i < Math.min(x.length(), y.length()); i++) {
                if (x.get(i) != y.get(i)) return Integer.compare(x.get(i), y.get(i));
            }
            return Integer.compare(x.length(), y.length());
        }
        if (a instanceof Unit) return 0;
        // a Map or Set is equal to another with the same contents in any order: compared by its sorted contents
        if (a instanceof java.util.Map<?, ?> x) return compare(sorted(x.entrySet().stream().map(e -> new Tuple(new Object[] {e.getKey(), e.getValue()}))),
                sorted(((java.util.Map<?, ?>) b).entrySet().stream().map(e -> new Tuple(new Object[] {e.getKey(), e.getValue()}))));
        if (a instanceof java.util.Collection<?> x) return compare(sorted(x.stream().map(v -> (Object) v)), sorted(((java.util.Collection<?>) b).stream().map(v -> (Object) v)));
        if (a instanceof Comparable<?> && a.getClass() == b.getClass()) {
            @SuppressWarnings("unchecked")
            Comparable<Object> x = (Comparable<Object>) a;
            return x.compareTo(b);
        }
        throw new PanicException("cannot order " + Printer.show(a) + " and " + Printer.show(b) + ": functions, channels and tasks have no order");
    }

    private static java.util.List<Object> sorted(java.util.stream.Stream<Object> items) {
        return items.sorted(Values::compare).toList();
    }
}
