package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tlang.ffi.CType;
import org.tlang.ffi.ForeignFn;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.TypeRef;
import org.tlang.tir.Pos;

/**
 * The C side of a module: its {@code #[repr(C)]} structs and {@code extern} functions, each type
 * written checked to be one C has. A struct's C layout is worked out when an extern signature (or
 * another such struct) first names it.
 */
final class ForeignTypes {
    private static final String KNOWN = "c_char, c_short, c_int, c_long, c_longlong, c_float, c_double, c_size_t, CStr, Ptr, "
            + "a #[repr(C)] struct, Ptr<S> of one, Vec<E> of a C scalar or one, or fn(..) of C types";

    private enum Role { PARAM, RESULT, FIELD, CALLBACK, ELEMENT }

    private final ModuleChecker module;
    private final Map<String, Item.Struct> reprC = new HashMap<>();
    private final Set<String> defining = new HashSet<>();

    ForeignTypes(ModuleChecker module) {
        this.module = module;
        Map<String, Item.Struct> structs = new HashMap<>();
        for (Item item : module.unit.syntax().items()) if (item instanceof Item.Struct s) structs.put(s.name(), s);
        for (Item item : module.unit.syntax().items()) {
            if (item instanceof Item.ReprC r && structs.get(r.struct()) != null) {
                Item.Struct s = structs.get(r.struct());
                if (!s.typeParams().isEmpty()) module.error(r.pos(), "a #[repr(C)] struct cannot be generic");
                else reprC.put(s.name(), s);
            }
        }
    }

    /** Declares the functions of {@code ex} as functions of the module and keeps their C signatures in its interface. */
    void declare(Item.Extern ex) {
        if (ex.library().isBlank()) {
            module.error(ex.pos(), "an extern block names its library: `extern \"libm.so.6\" { .. }` (a name the dynamic loader finds, or a path)");
            return;
        }
        for (Item.ExternFn f : ex.functions()) {
            List<CType> params = new ArrayList<>();
            boolean ok = true;
            for (Expr.Param p : f.params()) {
                CType c = p.type() == null ? null : of(p.type(), Role.PARAM);
                if (p.type() == null) module.error(p.pos(), "an extern fn has no `self`");
                ok &= c != null;
                params.add(c);
            }
            CType result = f.returnType() == null ? CType.Simple.VOID : of(f.returnType(), Role.RESULT);
            if (!ok || result == null) continue;
            ForeignFn fn = new ForeignFn(module.name, f.name(), ex.library(), params, params.size(), result, f.variadic(),
                    module.source.displayName(), f.pos());
            module.declare(f.name(), f.pos(), new Symbol.Fn(module.name, f.name(), List.of(), fn.signature(), f.pub(), false, false, f.pos()));
            if (module.iface.item(f.name()) instanceof Symbol.Fn sym && sym.pos() == f.pos()) module.iface.foreign.put(f.name(), fn);
        }
    }

    /** Works out every #[repr(C)] struct's layout, so a field C has not is reported also when no extern names the struct. */
    void checkStructs() {
        for (Item.Struct s : reprC.values()) struct(s.name(), s.pos());
    }

    private CType of(TypeRef ref, Role role) {
        switch (ref) {
            case TypeRef.Tuple t when t.items().isEmpty() && role == Role.RESULT -> {
                return CType.Simple.VOID;
            }
            case TypeRef.Fn fn when role == Role.PARAM -> {
                List<CType> params = new ArrayList<>();
                for (TypeRef p : fn.params()) params.add(of(p, Role.CALLBACK));
                boolean unit = fn.result() instanceof TypeRef.Tuple t && t.items().isEmpty();
                CType result = unit ? CType.Simple.VOID : of(fn.result(), Role.CALLBACK);
                return params.contains(null) || result == null ? null : new CType.Callback(params, result);
            }
            case TypeRef.Named n when n.path().size() == 1 -> {
                String s = n.path().getFirst();
                CType.Scalar scalar = CType.Scalar.named(s);
                if (scalar != null && n.args().isEmpty()) return scalar;
                if (s.equals("CStr") && n.args().isEmpty() && role != Role.FIELD && role != Role.ELEMENT) return CType.Simple.CSTR;
                if (s.equals("Ptr") && n.args().isEmpty()) return CType.Simple.PTR;
                if (s.equals("Ptr") && n.args().size() == 1 && (role == Role.PARAM || role == Role.RESULT)) {
                    CType.Struct st = n.args().getFirst() instanceof TypeRef.Named inner && inner.args().isEmpty() && inner.path().size() == 1
                            ? struct(inner.path().getFirst(), inner.pos()) : null;
                    if (st != null) return new CType.ByPointer(st);
                    if (!(n.args().getFirst() instanceof TypeRef.Named inner && reprC.containsKey(inner.path().getFirst()))) {
                        module.error(n.pos(), "`Ptr<..>` takes a #[repr(C)] struct of this module (a plain `Ptr` is an opaque address)");
                    }
                    return null;
                }
                if (s.equals("Vec") && n.args().size() == 1 && role == Role.PARAM) {
                    CType element = of(n.args().getFirst(), Role.ELEMENT);
                    return element == null ? null : new CType.Array(element);
                }
                if (reprC.containsKey(s) && n.args().isEmpty() && role != Role.CALLBACK) return struct(s, n.pos());
            }
            default -> {
            }
        }
        module.error(ref.pos(), "`" + written(ref) + "` is not a C type" + hint(ref) + "; an extern signature takes " + KNOWN);
        return null;
    }

    private static String hint(TypeRef ref) {
        if (!(ref instanceof TypeRef.Named n) || n.path().size() != 1) return "";
        return switch (n.path().getFirst()) {
            case "Int" -> " (for a C long write c_long, for an int c_int)";
            case "Float" -> " (write c_double or c_float)";
            case "Str" -> " (write CStr for a NUL-terminated copy)";
            case "Bool" -> " (write c_int, 0 or 1)";
            default -> "";
        };
    }

    private CType.Struct struct(String simple, Pos at) {
        Item.Struct s = reprC.get(simple);
        if (s == null) {
            module.error(at, "`" + simple + "` is not a #[repr(C)] struct of this module");
            return null;
        }
        CType.Struct done = module.iface.cStructs.get(module.qualify(simple));
        if (done != null) return done;
        if (!defining.add(simple)) {
            module.error(at, "#[repr(C)] struct `" + simple + "` contains itself");
            return null;
        }
        List<String> names = new ArrayList<>();
        List<CType> types = new ArrayList<>();
        boolean ok = true;
        for (Item.FieldDecl f : s.fields()) {
            CType c = of(f.type(), Role.FIELD);
            ok &= c != null;
            names.add(f.name());
            types.add(c);
        }
        defining.remove(simple);
        if (!ok) return null;
        if (names.isEmpty()) {
            module.error(s.pos(), "a #[repr(C)] struct needs at least one field");
            return null;
        }
        CType.Struct st = new CType.Struct(module.qualify(simple), names, types);
        module.iface.cStructs.put(st.name(), st);
        return st;
    }

    private static String written(TypeRef ref) {
        return switch (ref) {
            case TypeRef.Named n -> String.join(".", n.path())
                    + (n.args().isEmpty() ? "" : "<" + String.join(", ", n.args().stream().map(ForeignTypes::written).toList()) + ">");
            case TypeRef.Tuple t -> "(" + String.join(", ", t.items().stream().map(ForeignTypes::written).toList()) + ")";
            case TypeRef.Fn f -> "fn(" + String.join(", ", f.params().stream().map(ForeignTypes::written).toList()) + ")"
                    + " -> " + written(f.result());
        };
    }
}
