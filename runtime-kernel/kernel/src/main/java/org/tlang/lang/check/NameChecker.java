package org.tlang.lang.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.syntax.Expr;
import org.tlang.tir.TEnum;
import org.tlang.tir.Type;

/** Names in expressions: locals, items of this and imported modules, variants, built-ins. */
final class NameChecker {
    private final BodyChecker body;
    private final Unifier unifier;
    private final Builtins builtins;
    private final Typing typing;
    private final String moduleName;
    private final Map<String, String> aliases;

    NameChecker(BodyChecker body) {
        this.body = body;
        this.unifier = body.unifier;
        this.builtins = body.builtins;
        this.typing = body.typing;
        this.moduleName = body.name;
        this.aliases = body.aliases;
    }

    Type inferName(Expr.Name n, Scope scope) {
        if (n.path().size() == 1) {
            String s = n.path().getFirst();
            LocalVar v = scope.lookup(s);
            if (v != null) {
                LocalVar acc = body.access(v);
                typing.resolutions.put(n, new Resolution.Local(acc));
                return acc.type;
            }
            Symbol sym = body.scope(s);
            if (sym != null) return symbolValue(n, sym, moduleName);
            if (s.equals("None") || s.equals("Some")) return variantValue(n, Builtins.OPTION, Builtins.OPTION.variantIndex(s));
            if (s.equals("Ok") || s.equals("Err")) return variantValue(n, Builtins.RESULT, Builtins.RESULT.variantIndex(s));
            if (builtins.get(s) != null || builtins.get(s + "/1") != null) {
                Builtins.Signature sig = builtins.get(s);
                if (sig == null) {
                    body.error(n.pos(), "built-in `" + s + "` cannot be used as a value; call it, or wrap it in a closure");
                    return Type.Prim.ERROR;
                }
                typing.resolutions.put(n, new Resolution.Intrinsic(s));
                return unifier.instantiate(sig.type(), sig.typeParams(), new HashMap<>());
            }
            if (aliases.containsKey(s)) {
                body.error(n.pos(), "`" + s + "` is a module, not a value");
                return Type.Prim.ERROR;
            }
            body.error(n.pos(), "cannot find `" + s + "` in this scope");
            return Type.Prim.ERROR;
        }
        return qualifiedName(n, n.path().subList(0, n.path().size() - 1), n.last());
    }

    Type symbolValue(Expr n, Symbol sym, String module) {
        body.noteUse(module, sym);
        switch (sym) {
            case Symbol.Fn f -> {
                ModuleInterface callee = f.module().equals(moduleName) ? null : body.moduleNamed(f.module());
                Symbol.Fn form = callee == null ? null : callee.callerForm(f.name());
                if (form != null) body.noteUse(module, form);
                typing.resolutions.put(n, new Resolution.Function(f, form));
                return unifier.instantiate(f.type(), f.typeParams(), new HashMap<>());
            }
            case Symbol.Global g -> {
                typing.resolutions.put(n, new Resolution.Global(g));
                return g.type();
            }
            default -> {
                body.error(n.pos(), "`" + sym.name() + "` is a type, not a value");
                return Type.Prim.ERROR;
            }
        }
    }

    Type variantValue(Expr n, TEnum decl, int index) {
        typing.resolutions.put(n, new Resolution.Variant(decl, index));
        Map<String, Type> inst = new HashMap<>();
        for (String p : decl.typeParams()) inst.put(p, unifier.fresh());
        Type self = new Type.Named(decl.name(), decl.typeParams().stream().map(inst::get).toList());
        TEnum.Variant v = decl.variants().get(index);
        if (v.fields().isEmpty()) return self;
        return new Type.Fn(v.fields().stream().map(f -> Unifier.substitute(f, inst)).toList(), self);
    }

    /** `a::b` (or `alias.b` handed over from a method call or field). */
    Type qualifiedName(Expr n, List<String> prefix, String last) {
        String head = String.join(".", prefix);
        if (prefix.size() == 1) {
            String p = prefix.getFirst();
            if ((p.equals("Vec") || p.equals("Map") || p.equals("Set") || p.equals("Bytes") || p.equals("Str") || p.equals("Ptr")) && builtins.get(p + "::" + last) != null) {
                Builtins.Signature sig = builtins.get(p + "::" + last);
                typing.resolutions.put(n, new Resolution.Intrinsic(p + "::" + last));
                return unifier.instantiate(sig.type(), sig.typeParams(), new HashMap<>());
            }
            if (p.equals("Option") || p.equals("Result")) {
                TEnum decl = p.equals("Option") ? Builtins.OPTION : Builtins.RESULT;
                int idx = decl.variantIndex(last);
                if (idx >= 0) return variantValue(n, decl, idx);
            }
            Symbol sym = body.scope(p);
            if (sym instanceof Symbol.Enum en) {
                int idx = en.decl().variantIndex(last);
                if (idx >= 0) return variantValue(n, en.decl(), idx);
            }
            if (sym instanceof Symbol.Enum || sym instanceof Symbol.Struct) {
                String mod = sym.name().substring(0, sym.name().lastIndexOf('.'));
                ModuleInterface mi = body.moduleNamed(mod);
                Symbol.Fn m = mi == null ? null : mi.method(sym.name(), last);
                if (m != null) {
                    if (!m.pub() && !mod.equals(moduleName)) body.error(n.pos(), "method `" + last + "` of " + p + " is private");
                    body.noteUse(mod, m);
                    typing.resolutions.put(n, new Resolution.Function(m));
                    return unifier.instantiate(m.type(), m.typeParams(), new HashMap<>());
                }
                body.error(n.pos(), "`" + p + "` has no variant or associated function `" + last + "`");
                return Type.Prim.ERROR;
            }
        }
        String mod = aliases.getOrDefault(head, head);
        ModuleInterface mi = body.moduleNamed(mod);
        if (mi == null) {
            body.error(n.pos(), "cannot find `" + head + "` in this scope");
            return Type.Prim.ERROR;
        }
        Symbol sym = mi.item(last);
        if (sym == null) {
            body.error(n.pos(), "module `" + mod + "` has no item `" + last + "`");
            return Type.Prim.ERROR;
        }
        if (!sym.pub() && !mod.equals(moduleName)) {
            body.error(n.pos(), "`" + last + "` is private to module `" + mod + "`");
        }
        return symbolValue(n, sym, mod);
    }
}
