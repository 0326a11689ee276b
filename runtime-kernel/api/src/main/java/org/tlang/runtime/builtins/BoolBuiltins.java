package org.tlang.runtime.builtins;

import org.tlang.runtime.Printer;

/** The methods of {@code Bool}. */
public final class BoolBuiltins {
    private BoolBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Bool.to_str", "fn(Bool) -> Str", "toStr");
    }

    public static String toStr(boolean b) {
        return Printer.show(b);
    }
}
