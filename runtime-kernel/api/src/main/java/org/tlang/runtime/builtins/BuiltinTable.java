package org.tlang.runtime.builtins;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every built-in of the prelude by key; immutable, shared by every program. */
public final class BuiltinTable {
    private static final Map<String, Builtin> ALL = build();

    private BuiltinTable() {}

    /** The built-in of {@code key}, or null. */
    public static Builtin get(String key) {
        return ALL.get(key);
    }

    public static Collection<Builtin> all() {
        return ALL.values();
    }

    private static Map<String, Builtin> build() {
        Map<String, Builtin> into = new LinkedHashMap<>();
        PreludeBuiltins.addTo(new Rows(PreludeBuiltins.class, into));
        IntBuiltins.addTo(new Rows(IntBuiltins.class, into));
        FloatBuiltins.addTo(new Rows(FloatBuiltins.class, into));
        BoolBuiltins.addTo(new Rows(BoolBuiltins.class, into));
        StrBuiltins.addTo(new Rows(StrBuiltins.class, into));
        BytesBuiltins.addTo(new Rows(BytesBuiltins.class, into));
        VecBuiltins.addTo(new Rows(VecBuiltins.class, into));
        MapBuiltins.addTo(new Rows(MapBuiltins.class, into));
        SetBuiltins.addTo(new Rows(SetBuiltins.class, into));
        OptionBuiltins.addTo(new Rows(OptionBuiltins.class, into));
        ResultBuiltins.addTo(new Rows(ResultBuiltins.class, into));
        TaskBuiltins.addTo(new Rows(TaskBuiltins.class, into));
        PtrBuiltins.addTo(new Rows(PtrBuiltins.class, into));
        return Collections.unmodifiableMap(into);
    }

    /** The rows one file adds; the methods they name are that file's. */
    static final class Rows {
        private final Class<?> owner;
        private final Map<String, Builtin> into;

        Rows(Class<?> owner, Map<String, Builtin> into) {
            this.owner = owner;
            this.into = into;
        }

        /** A built-in whose method a compiling tier calls directly; it never panics. */
        Rows total(String key, String signature, String method) {
            return add(new Builtin(key, signature, owner, method, Builtin.Kind.TOTAL));
        }

        /** A built-in whose method a compiling tier calls directly; it may panic. */
        Rows direct(String key, String signature, String method) {
            return add(new Builtin(key, signature, owner, method, Builtin.Kind.DIRECT));
        }

        /** A built-in a compiling tier calls through the interpreter's node. */
        Rows interpreted(String key, String signature, String method) {
            return add(new Builtin(key, signature, owner, method, Builtin.Kind.INTERPRETED));
        }

        private Rows add(Builtin b) {
            if (into.putIfAbsent(b.key(), b) != null) throw new IllegalStateException("built-in " + b.key() + " defined twice");
            return this;
        }
    }
}
