package org.tlang.runtime.builtins;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tlang.runtime.Printer;

/** The methods of {@code Float}: IEEE 754 doubles, as Java's {@link Math} computes them. */
public final class FloatBuiltins {
    /** The most UTF-16 units of {@code fixed}'s text before the point: a sign, 309 digits and the point. */
    private static final int WHOLE_PART = 311;

    private FloatBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Float.abs", "fn(Float) -> Float", "abs")
                .total("Float.sqrt", "fn(Float) -> Float", "sqrt")
                .total("Float.floor", "fn(Float) -> Float", "floor")
                .total("Float.ceil", "fn(Float) -> Float", "ceil")
                .total("Float.round", "fn(Float) -> Float", "round")
                .total("Float.sin", "fn(Float) -> Float", "sin")
                .total("Float.cos", "fn(Float) -> Float", "cos")
                .total("Float.exp", "fn(Float) -> Float", "exp")
                .total("Float.ln", "fn(Float) -> Float", "ln")
                .total("Float.pow", "fn(Float, Float) -> Float", "pow")
                .total("Float.min", "fn(Float, Float) -> Float", "min")
                .total("Float.max", "fn(Float, Float) -> Float", "max")
                .total("Float.is_nan", "fn(Float) -> Bool", "isNan")
                .direct("Float.fixed", "fn(Float, Int) -> Str", "fixed")
                .total("Float.to_str", "fn(Float) -> Str", "toStr");
    }

    public static double abs(double x) {
        return Math.abs(x);
    }

    public static double sqrt(double x) {
        return Math.sqrt(x);
    }

    public static double floor(double x) {
        return Math.floor(x);
    }

    public static double ceil(double x) {
        return Math.ceil(x);
    }

    /** Half away from zero, as Rust's {@code f64::round}. */
    public static double round(double x) {
        return x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
    }

    public static double sin(double x) {
        return Math.sin(x);
    }

    public static double cos(double x) {
        return Math.cos(x);
    }

    public static double exp(double x) {
        return Math.exp(x);
    }

    public static double ln(double x) {
        return Math.log(x);
    }

    public static double pow(double x, double y) {
        return Math.pow(x, y);
    }

    public static double min(double x, double y) {
        return Math.min(x, y);
    }

    public static double max(double x, double y) {
        return Math.max(x, y);
    }

    public static boolean isNan(double x) {
        return Double.isNaN(x);
    }

    public static String fixed(double x, long digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Printer.showFloat(x);
        long n = Sizes.count("fixed", "digit count", digits, Sizes.MAX_CHARS - WHOLE_PART);
        BigDecimal exact = new BigDecimal(x);
        if (n <= exact.scale()) return exact.setScale((int) n, RoundingMode.HALF_EVEN).toPlainString();
        // past its exact digits (at most 1074 after the point) a double has only zeros: appended, not computed
        String exactText = exact.toPlainString() + (exact.scale() == 0 ? "." : "");
        return Sizes.allocate("fixed", "digit count", digits, () -> exactText + "0".repeat((int) n - exact.scale()));
    }

    public static String toStr(double x) {
        return Printer.show(x);
    }
}
