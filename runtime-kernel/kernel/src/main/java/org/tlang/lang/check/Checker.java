package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.syntax.SourceUnit;

/**
 * Name resolution and type checking with unification-based inference, for a group of modules
 * compiled together (they may import each other) against the interfaces of modules already
 * loaded. Every error goes to the reporter; checking goes on after an error.
 */
public final class Checker {
    /**
     * A parsed module to check: its module name and syntax, and for a native module's source the
     * signatures (T function types) of its Java functions by name, declared as pub functions of the module.
     */
    public record Unit(String module, SourceUnit syntax, Map<String, String> natives) {
        public Unit(String module, SourceUnit syntax) {
            this(module, syntax, Map.of());
        }
    }

    final Reporter reporter;
    private final Function<String, ModuleInterface> loaded;
    final Builtins builtins = Builtins.STANDARD;
    final Unifier unifier = new Unifier();
    private final Map<String, ModuleInterface> compiling = new LinkedHashMap<>();

    public Checker(Reporter reporter, Function<String, ModuleInterface> loaded) {
        this.reporter = reporter;
        this.loaded = loaded;
    }

    ModuleInterface moduleNamed(String name) {
        ModuleInterface m = compiling.get(name);
        return m != null ? m : loaded.apply(name);
    }

    public List<CheckedModule> check(List<Unit> units) {
        List<ModuleChecker> states = new ArrayList<>();
        for (Unit u : units) {
            ModuleChecker st = new ModuleChecker(this, u);
            states.add(st);
            compiling.put(u.module(), st.iface);
        }
        for (ModuleChecker st : states) st.declareTypes();
        for (ModuleChecker st : states) st.resolveImports(false);
        for (ModuleChecker st : states) st.defineTypes();
        for (ModuleChecker st : states) st.declareValues();
        for (ModuleChecker st : states) st.resolveImports(true);
        for (ModuleChecker st : states) st.checkBodies();
        List<CheckedModule> out = new ArrayList<>();
        for (ModuleChecker st : states) out.add(new CheckedModule(st.name, st.unit.syntax(), st.iface, st.typing, st.uses));
        return out;
    }

    // ------------------------------------------------------------------ per module
}
