package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.interp.CallTarget;
import org.tlang.runtime.EnumShape;
import org.tlang.interp.FunctionCell;
import org.tlang.interp.Handles;
import org.tlang.interp.LinkGroup;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.StructShape;
import org.tlang.spi.telemetry.RuntimeEvents;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;

/**
 * Everything a program's code is linked through: function cells (one per module, name and
 * signature, grouped per module for atomic switching), call sites for compiled tiers, static cells
 * (one per module and name) and the runtime descriptors of struct and enum shapes. Mutated only
 * under the registry's lock; read by running code without locking.
 */
final class Links {
    private final Map<String, FunctionCell> functionCells = new ConcurrentHashMap<>();
    private final Map<FunctionCell, String> cellKeys = new IdentityHashMap<>();
    /**
     * Every function of the program links through this one group, so a reload transaction that
     * changes several modules switches all of them with one volatile write.
     */
    private final LinkGroup group = new LinkGroup("program");
    private final Map<String, MutableCallSite> callSites = new ConcurrentHashMap<>();
    /** Call site key -> the handle that calls its cell (the site's target whenever no compiled code is installed). */
    private final Map<String, MethodHandle> cellCallers = new ConcurrentHashMap<>();
    private final Map<String, StaticCell> staticCells = new ConcurrentHashMap<>();
    private final Map<String, StructShape> structShapes = new ConcurrentHashMap<>();
    private final Map<String, EnumShape> enumShapes = new ConcurrentHashMap<>();

    static String key(FunctionRef ref) {
        return ref.qualifiedName() + "|" + ref.signature();
    }

    /** The cell of {@code ref}, made (unlinked) on first use. */
    FunctionCell cell(FunctionRef ref) {
        String key = key(ref);
        FunctionCell cell = functionCells.get(key);
        if (cell != null) return cell;
        synchronized (cellKeys) {
            return functionCells.computeIfAbsent(key, k -> {
                FunctionCell c = new FunctionCell(ref.qualifiedName(), group);
                cellKeys.put(c, k);
                return c;
            });
        }
    }

    /** The cell of {@code ref} if it exists. */
    FunctionCell existingCell(FunctionRef ref) {
        return functionCells.get(key(ref));
    }

    MutableCallSite callSite(FunctionRef callee) {
        return callSites.computeIfAbsent(key(callee), k -> {
            MethodHandle caller = Handles.callingCell(cell(callee), callee.signature());
            cellCallers.put(k, caller);
            return new MutableCallSite(caller);
        });
    }

    /**
     * Points one function's cell and call site at {@code code}. The call site is made here if no
     * compiled caller has asked for it yet, so callers compiled later link to the compiled code
     * directly rather than through the cell.
     */
    void install(FunctionRef function, String file, MethodHandle code) {
        FunctionCell cell = existingCell(function);
        if (cell == null) throw new IllegalArgumentException("no function " + function.qualifiedName() + " " + function.signature());
        cell.setTarget(Handles.compiledTarget(function.qualifiedName(), file, function.signature(), code));
        MutableCallSite site = callSite(function);
        site.setTarget(code.asType(site.type()));
        MutableCallSite.syncAll(new MutableCallSite[] {site});
    }

    /**
     * Switches cells to new targets in one atomic switch; call sites that had compiled code
     * for an old version go back to calling their cells.
     */
    void switchAll(Map<FunctionCell, CallTarget> targets) {
        group.switchTo(targets);
        List<MutableCallSite> reset = new ArrayList<>();
        for (FunctionCell cell : targets.keySet()) {
            String key = cellKeys.get(cell);
            MutableCallSite site = key == null ? null : callSites.get(key);
            if (site != null && site.getTarget() != cellCallers.get(key)) {
                site.setTarget(cellCallers.get(key));
                reset.add(site);
                RuntimeEvents.deoptimized(key.substring(0, key.indexOf('|')), "its module was reloaded or patched");
            }
        }
        if (!reset.isEmpty()) MutableCallSite.syncAll(reset.toArray(MutableCallSite[]::new));
    }

    /** The values of the statics initialised so far. */
    List<Object> staticValues() {
        List<Object> values = new ArrayList<>();
        for (StaticCell c : staticCells.values()) if (c.initialised()) values.add(c.get());
        return values;
    }

    StaticCell staticCell(String key) {
        return staticCells.get(key);
    }

    StaticCell staticCell(String key, String typeKey) {
        return staticCells.computeIfAbsent(key, k -> new StaticCell(k, typeKey));
    }

    void putStatics(Map<String, StaticCell> cells) {
        staticCells.putAll(cells);
    }

    /** One descriptor per struct shape: an unchanged struct keeps it across versions, so its values stay valid. */
    StructShape struct(TStruct decl) {
        return structShapes.computeIfAbsent(decl.shape(),
                k -> new StructShape(decl.name(), decl.name().substring(decl.name().lastIndexOf('.') + 1), decl.fieldNames(), decl.fieldTypes()));
    }

    EnumShape enumShape(TEnum decl) {
        return enumShapes.computeIfAbsent(decl.shape(),
                k -> new EnumShape(decl.name(), decl.variants().stream().map(TEnum.Variant::name).toList()));
    }
}
