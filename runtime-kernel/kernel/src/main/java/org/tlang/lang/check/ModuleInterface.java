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
    private final Map<String, Symbol.Fn> callerForms = new java.util.concurrent.ConcurrentHashMap<>();
    /** The C signature of each function of its {@code extern} blocks, by name. */
    final Map<String, org.tlang.ffi.ForeignFn> foreign = new LinkedHashMap<>();
    /** The C layout of each of its {@code #[repr(C)]} structs an extern signature names, by qualified name. */
    final Map<String, org.tlang.ffi.CType.Struct> cStructs = new LinkedHashMap<>();
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

    /**
     * Declares that a call of {@code name} from another module calls {@code form} instead, with the
     * calling module's name as a first argument ({@code log.info(m)} in module {@code shop} is
     * {@code log.info_in("shop", m)}): how a native module learns who calls it.
     *
     * @throws IllegalArgumentException if either is not a function of this module, or the form does
     *                                  not take a Str and then the function's parameters
     */
    public void callerForm(String name, String form) {
        if (!(items.get(name) instanceof Symbol.Fn fn) || !(items.get(form) instanceof Symbol.Fn f)) {
            throw new IllegalArgumentException(this.name + ": no functions " + name + " and " + form);
        }
        java.util.List<org.tlang.tir.Type> expected = new java.util.ArrayList<>(fn.type().params());
        expected.addFirst(org.tlang.tir.Type.STR);
        if (!f.type().params().equals(expected) || !f.type().result().equals(fn.type().result())) {
            throw new IllegalArgumentException(this.name + "." + form + " must be " + name + " with a Str first");
        }
        callerForms.put(name, f);
    }

    /** What a call of {@code name} from another module calls instead (see {@link #callerForm(String, String)}); null if nothing. */
    public Symbol.Fn callerForm(String name) {
        return callerForms.get(name);
    }

    /** The functions of the module's {@code extern} blocks, by name. */
    public Map<String, org.tlang.ffi.ForeignFn> foreign() {
        return java.util.Collections.unmodifiableMap(foreign);
    }

    public Symbol.Fn method(String typeName, String method) {
        Map<String, Symbol.Fn> m = methods.get(typeName);
        return m == null ? null : m.get(method);
    }

    public Map<String, Map<String, Symbol.Fn>> methods() {
        return java.util.Collections.unmodifiableMap(methods);
    }
}
