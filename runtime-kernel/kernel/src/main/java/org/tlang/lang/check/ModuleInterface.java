package org.tlang.lang.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module declares, as other modules see it: functions, statics and consts, types, and
 * methods by type. Built by the checker; kept by the registry for checking later versions of the
 * modules that import it.
 */
public final class ModuleInterface {
    private final String name;
    final Map<String, Symbol> items = new LinkedHashMap<>();
    /** Qualified type name -> method name -> method. */
    final Map<String, Map<String, Symbol.Fn>> methods = new LinkedHashMap<>();

    public ModuleInterface(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Symbol item(String itemName) {
        return items.get(itemName);
    }

    public Map<String, Symbol> items() {
        return java.util.Collections.unmodifiableMap(items);
    }

    /**
     * The interface of a module implemented in Java: one pub function per entry, by name, with its
     * signature written in T ({@code fn(Float) -> Float}).
     */
    public static ModuleInterface ofNative(String module, java.util.Map<String, String> signatures) {
        ModuleInterface m = new ModuleInterface(module);
        signatures.forEach((fname, sig) -> {
            Builtins.Signature s = Builtins.parseSignature(sig);
            m.items.put(fname, new Symbol.Fn(module, fname, s.typeParams(), s.type(), true, false, false,
                    org.tlang.tir.Pos.NONE));
        });
        return m;
    }

    public Symbol.Fn method(String typeName, String method) {
        Map<String, Symbol.Fn> m = methods.get(typeName);
        return m == null ? null : m.get(method);
    }

    public Map<String, Map<String, Symbol.Fn>> methods() {
        return java.util.Collections.unmodifiableMap(methods);
    }
}
