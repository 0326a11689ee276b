package org.tlang.modules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tlang.runtime.EnumShape;
import org.tlang.interp.FunctionCell;
import org.tlang.interp.Linker;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.StructShape;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.TModule;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/**
 * The linker for one load or reload: resolves references to the program's {@link Links}, sees the
 * batch's own types before they are registered, and holds the fresh static cells of new or changed
 * statics until the switch.
 */
final class BatchLinker implements Linker {
    private final Links links;
    private final Function<String, LoadedModule> modules;

    final Map<String, TStruct> structs = new HashMap<>();
    final Map<String, TEnum> enums = new HashMap<>();
    /** New or type-changed statics: fresh cells that replace the old ones at the switch. */
    final Map<String, StaticCell> pendingStatics = new HashMap<>();
    /**
     * Consts whose type is unchanged keep their cell (dependents hold it); their new value is computed
     * into a shadow cell that initialisers of this batch read, and copied over at the switch.
     */
    final Map<String, StaticCell> constShadows = new HashMap<>();
    private final boolean staging;

    BatchLinker(Links links, Function<String, LoadedModule> modules, List<TModule> batch) {
        this(links, modules, false);
        for (TModule m : batch) {
            for (TStruct s : m.structs()) structs.put(s.name(), s);
            for (TEnum e : m.enums()) enums.put(e.name(), e);
        }
    }

    private BatchLinker(Links links, Function<String, LoadedModule> modules, boolean staging) {
        this.links = links;
        this.modules = modules;
        this.staging = staging;
    }

    /** The view static initialisers are compiled against: consts of this batch read their new values. */
    BatchLinker forInitialisers() {
        BatchLinker view = new BatchLinker(links, modules, true);
        view.structs.putAll(structs);
        view.enums.putAll(enums);
        view.pendingStatics.putAll(pendingStatics);
        view.constShadows.putAll(constShadows);
        return view;
    }

    @Override
    public FunctionCell function(FunctionRef ref) {
        return links.cell(ref);
    }

    @Override
    public StaticCell global(GlobalRef ref) {
        String key = ref.qualifiedName();
        if (staging && constShadows.containsKey(key)) return constShadows.get(key);
        StaticCell pending = pendingStatics.get(key);
        if (pending != null) return pending;
        StaticCell existing = links.staticCell(key);
        return existing != null ? existing : links.staticCell(key, typeKey(ref.type()));
    }

    @Override
    public StructShape struct(TStruct decl) {
        return links.struct(decl);
    }

    @Override
    public EnumShape enumShape(String enumName) {
        if (enumName.equals("Option")) return EnumShape.OPTION;
        if (enumName.equals("Result")) return EnumShape.RESULT;
        return links.enumShape(enumDecl(enumName));
    }

    private TEnum enumDecl(String enumName) {
        TEnum e = enums.get(enumName);
        if (e != null) return e;
        int dot = enumName.lastIndexOf('.');
        LoadedModule m = dot < 0 ? null : modules.apply(enumName.substring(0, dot));
        if (m != null) for (TEnum candidate : m.tir().enums()) if (candidate.name().equals(enumName)) return candidate;
        throw new IllegalStateException("enum " + enumName + " is not loaded");
    }

    /** The declaration of a struct by qualified name: this batch's, else the loaded module's; null if neither has it. */
    TStruct structDecl(String structName) {
        TStruct s = structs.get(structName);
        if (s != null) return s;
        int dot = structName.lastIndexOf('.');
        if (dot < 0) return null;
        LoadedModule m = modules.apply(structName.substring(0, dot));
        if (m == null) return null;
        for (TStruct candidate : m.tir().structs()) if (candidate.name().equals(structName)) return candidate;
        return null;
    }

    /** A type's identity for static cells: includes the shape of user types, so a changed struct resets. */
    String typeKey(Type t) {
        return switch (t) {
            case Type.Named n -> {
                StringBuilder sb = new StringBuilder(n.name());
                if (n.name().contains(".")) sb.append('{').append(shapeOf(n.name())).append('}');
                if (!n.args().isEmpty()) sb.append(n.args().stream().map(this::typeKey).toList());
                yield sb.toString();
            }
            case Type.Tuple tu -> tu.items().stream().map(this::typeKey).toList().toString();
            case Type.Fn f -> "fn" + f.params().stream().map(this::typeKey).toList() + "->" + typeKey(f.result());
            default -> t.toString();
        };
    }

    private String shapeOf(String typeName) {
        if (structs.containsKey(typeName)) return structs.get(typeName).shape();
        if (enums.containsKey(typeName)) return enums.get(typeName).shape();
        int dot = typeName.lastIndexOf('.');
        LoadedModule m = modules.apply(typeName.substring(0, dot));
        if (m == null) return "?";
        for (TStruct s : m.tir().structs()) if (s.name().equals(typeName)) return s.shape();
        for (TEnum e : m.tir().enums()) if (e.name().equals(typeName)) return e.shape();
        return "?";
    }
}
