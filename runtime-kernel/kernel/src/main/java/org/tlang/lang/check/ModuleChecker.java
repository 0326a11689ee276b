package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.tir.Pos;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.TypeRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/** Declarations, imports, types and bodies of one module being checked. */
final class ModuleChecker {
    final Checker checker;
    final Checker.Unit unit;
    final String name;
    final SourceFile source;
    final ModuleInterface iface;
    final Typing typing;
    final Map<String, String> uses = new LinkedHashMap<>();
    /** Simple name -> symbol visible in this module (own items and imported names). */
    final Map<String, Symbol> scope = new HashMap<>();
    /** Alias -> module name, for `import a.b;` (alias b) and `import a.b as c;`. */
    final Map<String, String> aliases = new HashMap<>();
    /** The type `Self` stands for inside the impl block being declared or checked; null elsewhere. */
    private Type selfType;

    ModuleChecker(Checker checker, Checker.Unit unit) {
        this.checker = checker;
        this.typing = new Typing(checker.unifier);
        this.unit = unit;
        this.name = unit.module();
        this.source = unit.syntax().source();
        this.iface = new ModuleInterface(name);
    }

    void error(Pos pos, String message) {
        checker.reporter.error(source, pos, message);
    }

    String qualify(String simple) {
        return name + "." + simple;
    }

    // ---- declarations

    void declareTypes() {
        for (Item item : unit.syntax().items()) {
            switch (item) {
                case Item.Struct s -> declare(s.name(), s.pos(), new Symbol.Struct(
                        new TStruct(qualify(s.name()), s.typeParams(), List.of(), List.of()), s.pub(), nativeType(s), s.pos()));
                case Item.Enum e -> declare(e.name(), e.pos(), new Symbol.Enum(
                        new TEnum(qualify(e.name()), e.typeParams(), List.of()), e.pub(), e.pos()));
                case Item.ModuleDecl md -> {
                    if (!String.join(".", md.path()).equals(name)) {
                        error(md.pos(), "module declaration `" + String.join(".", md.path())
                                + "` does not match the file's module name `" + name + "`");
                    }
                }
                default -> {
                }
            }
        }
    }

    void declare(String simple, Pos pos, Symbol sym) {
        if (iface.items.containsKey(simple)) {
            error(pos, "`" + simple + "` is defined more than once in module " + name);
            return;
        }
        iface.items.put(simple, sym);
        scope.put(simple, sym);
    }

    /** Run twice: early for types (quietly), then after every module declared its values. */
    void resolveImports(boolean last) {
        for (Item item : unit.syntax().items()) {
            if (!(item instanceof Item.Import imp)) continue;
            String mod = imp.module();
            ModuleInterface target = checker.moduleNamed(mod);
            if (target == null) {
                if (last && !checker.reporter.hasErrorAt(source, imp.pos())) error(imp.pos(), "cannot find module `" + mod + "`");
                continue;
            }
            if (imp.names() != null) {
                for (int i = 0; i < imp.names().size(); i++) {
                    String n = imp.names().get(i);
                    Symbol s = target.item(n);
                    if (!last) {
                        if (s != null) scope.put(n, s);
                    } else if (s == null) {
                        error(imp.namePositions().get(i), "module `" + mod + "` has no item `" + n + "`");
                    } else if (!s.pub()) {
                        error(imp.namePositions().get(i), "`" + n + "` is private to module `" + mod + "`");
                    } else {
                        scope.put(n, s);
                        noteUse(mod, s);
                    }
                }
            } else {
                aliases.put(imp.alias() != null ? imp.alias() : imp.path().getLast(), mod);
            }
        }
    }

    void noteUse(String module, Symbol s) {
        if (!module.equals(name)) uses.put(module + "." + s.name().substring(s.name().lastIndexOf('.') + 1), s.signature());
    }

    void defineTypes() {
        for (Item item : unit.syntax().items()) {
            switch (item) {
                case Item.Struct s -> {
                    List<String> names = new ArrayList<>();
                    List<Type> types = new ArrayList<>();
                    for (Item.FieldDecl f : s.fields()) {
                        if (names.contains(f.name())) error(f.pos(), "field `" + f.name() + "` is declared twice");
                        names.add(f.name());
                        types.add(resolveType(f.type(), s.typeParams()));
                    }
                    if (iface.items.get(s.name()) instanceof Symbol.Struct old && old.pos() == s.pos()) {
                        Symbol.Struct full = new Symbol.Struct(new TStruct(qualify(s.name()), s.typeParams(), names, types), s.pub(),
                                nativeType(s), s.pos());
                        iface.items.put(s.name(), full);
                        scope.put(s.name(), full);
                    }
                }
                case Item.Enum e -> {
                    List<TEnum.Variant> variants = new ArrayList<>();
                    for (Item.VariantDecl v : e.variants()) {
                        variants.add(new TEnum.Variant(v.name(), v.fields().stream().map(t -> resolveType(t, e.typeParams())).toList()));
                    }
                    if (iface.items.get(e.name()) instanceof Symbol.Enum old && old.pos() == e.pos()) {
                        Symbol.Enum full = new Symbol.Enum(new TEnum(qualify(e.name()), e.typeParams(), variants), e.pub(), e.pos());
                        iface.items.put(e.name(), full);
                        scope.put(e.name(), full);
                    }
                }
                default -> {
                }
            }
        }
    }

    void declareValues() {
        unit.natives().forEach(this::declareNative);
        ForeignTypes foreign = new ForeignTypes(this);
        for (Item item : unit.syntax().items()) {
            switch (item) {
                case Item.Extern ex -> foreign.declare(ex);
                case Item.Fn f -> {
                    Symbol.Fn sym = fnSymbol(f, f.name(), null, List.of());
                    declare(f.name(), f.pos(), sym);
                }
                case Item.Const c -> declare(c.name(), c.pos(),
                        new Symbol.Global(name, c.name(), resolveType(c.type(), List.of()), false, true, c.pub(), c.pos()));
                case Item.Static s -> declare(s.name(), s.pos(),
                        new Symbol.Global(name, s.name(), resolveType(s.type(), List.of()), s.mutable(), false, s.pub(), s.pos()));
                case Item.Impl impl -> {
                    declareImpl(impl);
                    selfType = null;
                }
                default -> {
                }
            }
        }
        foreign.checkStructs();
    }

    /**
     * A function of a native module, implemented in Java: its signature is resolved in this module's
     * scope (so it may name the module's types); a single capital letter that names no type is a type parameter.
     */
    private void declareNative(String fname, String signature) {
        org.tlang.lang.source.Reporter quiet = new org.tlang.lang.source.Reporter();
        SourceFile sig = SourceFile.of("<signature of " + name + "." + fname + ">", signature);
        TypeRef ref;
        try {
            ref = new org.tlang.lang.syntax.Parser(sig, quiet, new org.tlang.lang.syntax.Lexer(sig, quiet, signature, 1, 1).tokenize())
                    .parseType();
        } catch (RuntimeException e) {
            ref = null;
        }
        if (quiet.hasErrors() || !(ref instanceof TypeRef.Fn fn)) {
            error(Pos.NONE, "native function `" + fname + "` of module " + name + ": `" + signature + "` is not a T function type");
            return;
        }
        java.util.LinkedHashSet<String> params = new java.util.LinkedHashSet<>();
        collectTypeParams(fn, params);
        List<String> tps = List.copyOf(params);
        Type.Fn type = (Type.Fn) resolveType(fn, tps);
        declare(fname, Pos.NONE, new Symbol.Fn(name, fname, tps, type, true, false, false, Pos.NONE));
    }

    private void collectTypeParams(TypeRef ref, java.util.Set<String> out) {
        switch (ref) {
            case TypeRef.Tuple t -> t.items().forEach(i -> collectTypeParams(i, out));
            case TypeRef.Fn f -> {
                f.params().forEach(i -> collectTypeParams(i, out));
                collectTypeParams(f.result(), out);
            }
            case TypeRef.Named n -> {
                String s = n.path().getFirst();
                if (n.path().size() == 1 && s.length() == 1 && Character.isUpperCase(s.charAt(0)) && !(scope.get(s) != null)) out.add(s);
                n.args().forEach(i -> collectTypeParams(i, out));
            }
        }
    }

    void declareImpl(Item.Impl impl) {
        if (!(impl.target() instanceof TypeRef.Named tn) || tn.path().size() != 1
                || !(iface.items.get(tn.path().getFirst()) instanceof Symbol s)
                || !(s instanceof Symbol.Struct || s instanceof Symbol.Enum)) {
            error(impl.target().pos(), "`impl` needs a struct or enum declared in this module");
            return;
        }
        Type self = resolveType(impl.target(), impl.typeParams());
        selfType = self;
        String typeName = s.name();
        Map<String, Symbol.Fn> methods = iface.methods.computeIfAbsent(typeName, k -> new LinkedHashMap<>());
        String simple = tn.path().getFirst();
        for (Item.Fn m : impl.methods()) {
            if (methods.containsKey(m.name())) {
                error(m.pos(), "method `" + m.name() + "` is defined more than once for " + simple);
                continue;
            }
            methods.put(m.name(), fnSymbol(m, simple + "::" + m.name(), self, impl.typeParams()));
        }
    }

    Symbol.Fn fnSymbol(Item.Fn f, String fname, Type self, List<String> outerParams) {
        List<String> tps = new ArrayList<>(outerParams);
        tps.addAll(f.typeParams());
        List<Type> params = new ArrayList<>();
        for (Expr.Param p : f.params()) {
            if (p.type() == null) {
                if (self == null || params.size() > 0) {
                    error(p.pos(), "`self` is only allowed as the first parameter of a method");
                    params.add(Type.Prim.ERROR);
                } else {
                    params.add(self);
                }
            } else {
                params.add(resolveType(p.type(), tps));
            }
        }
        Type result = f.returnType() == null ? Type.UNIT : resolveType(f.returnType(), tps);
        if (f.isTest() && (!params.isEmpty() || result != Type.UNIT)) {
            error(f.pos(), "a test fn takes no parameters and returns ()");
        }
        return new Symbol.Fn(name, fname, List.copyOf(tps), new Type.Fn(params, result), f.pub(), f.isAsync(),
                f.hasSelf(), f.pos());
    }

    // ---- types

    Type resolveType(TypeRef ref, List<String> typeParams) {
        switch (ref) {
            case TypeRef.Tuple t -> {
                if (t.items().isEmpty()) return Type.UNIT;
                return new Type.Tuple(t.items().stream().map(i -> resolveType(i, typeParams)).toList());
            }
            case TypeRef.Fn f -> {
                return new Type.Fn(f.params().stream().map(i -> resolveType(i, typeParams)).toList(),
                        resolveType(f.result(), typeParams));
            }
            case TypeRef.Named n -> {
                List<Type> args = n.args().stream().map(i -> resolveType(i, typeParams)).toList();
                if (n.path().size() == 1) {
                    String s = n.path().getFirst();
                    if (typeParams.contains(s)) return noArgs(n, new Type.Param(s));
                if (s.equals("Self") && selfType != null) return noArgs(n, selfType);
                    org.tlang.ffi.CType.Scalar c = org.tlang.ffi.CType.Scalar.named(s);
                    if (c != null) return noArgs(n, c.tType());
                    switch (s) {
                        case "CStr": return noArgs(n, Type.STR);
                        case "Ptr":
                            // Ptr<S> is S passed by pointer: only an extern signature says so (ForeignTypes)
                            if (n.args().size() == 1 && args.getFirst() instanceof Type.Named st && st.name().contains(".")) return st;
                            return noArgs(n, org.tlang.ffi.CType.PTR_TYPE);
                        case "Int": return noArgs(n, Type.INT);
                        case "Float": return noArgs(n, Type.FLOAT);
                        case "Bool": return noArgs(n, Type.BOOL);
                        case "Str": return noArgs(n, Type.STR);
                        case "Bytes": return noArgs(n, Type.Prim.BYTES);
                        case "Vec", "Set", "Option", "Task", "Sender", "Receiver": return arity(n, s, args, 1);
                        case "Map", "Result": return arity(n, s, args, 2);
                        default:
                    }
                    Symbol sym = scope.get(s);
                    return userType(n, sym, s, args);
                }
                String alias = String.join(".", n.path().subList(0, n.path().size() - 1));
                String mod = aliases.getOrDefault(alias, alias);
                ModuleInterface mi = checker.moduleNamed(mod);
                if (mi == null) {
                    error(n.pos(), "cannot find module `" + alias + "`");
                    return Type.Prim.ERROR;
                }
                Symbol sym = mi.item(n.path().getLast());
                if (sym != null && !sym.pub() && !mod.equals(name)) {
                    error(n.pos(), "`" + n.path().getLast() + "` is private to module `" + mod + "`");
                }
                if (sym != null) noteUse(mod, sym);
                return userType(n, sym, String.join(".", n.path()), args);
            }
        }
    }

    Type noArgs(TypeRef.Named n, Type t) {
        if (!n.args().isEmpty()) error(n.pos(), "type `" + t + "` takes no type arguments");
        return t;
    }

    Type arity(TypeRef.Named n, String s, List<Type> args, int count) {
        if (args.size() != count) {
            error(n.pos(), "type `" + s + "` takes " + count + " type argument" + (count == 1 ? "" : "s") + ", found " + args.size());
            return Type.Prim.ERROR;
        }
        return new Type.Named(s, args);
    }

    private boolean nativeType(Item.Struct s) {
        return s.fields().isEmpty() && !unit.natives().isEmpty();
    }

    Type userType(TypeRef.Named n, Symbol sym, String written, List<Type> args) {
        List<String> tps;
        String qname;
        if (sym instanceof Symbol.Struct st) {
            tps = st.decl().typeParams();
            qname = st.decl().name();
        } else if (sym instanceof Symbol.Enum en) {
            tps = en.decl().typeParams();
            qname = en.decl().name();
        } else {
            error(n.pos(), "cannot find type `" + written + "`");
            return Type.Prim.ERROR;
        }
        if (tps.size() != args.size()) {
            error(n.pos(), "type `" + written + "` takes " + tps.size() + " type argument(s), found " + args.size());
            return Type.Prim.ERROR;
        }
        return new Type.Named(qname, args);
    }

    // ---- bodies

    void checkBodies() {
        for (Item item : unit.syntax().items()) {
            switch (item) {
                case Item.Fn f -> {
                    if (iface.items.get(f.name()) instanceof Symbol.Fn sym && sym.pos() == f.pos()) checkFn(f, sym, f.typeParams());
                }
                case Item.Impl impl -> {
                    if (!(impl.target() instanceof TypeRef.Named tn) || iface.items.get(tn.path().getFirst()) == null) continue;
                    Symbol owner = iface.items.get(tn.path().getFirst());
                    selfType = resolveType(impl.target(), impl.typeParams());
                    for (Item.Fn m : impl.methods()) {
                        Symbol.Fn sym = iface.method(owner.name(), m.name());
                        if (sym != null && sym.pos() == m.pos()) checkFn(m, sym, sym.typeParams());
                    }
                    selfType = null;
                }
                case Item.Const c -> checkInitialiser(c, c.value(), iface.items.get(c.name()));
                case Item.Static s -> checkInitialiser(s, s.value(), iface.items.get(s.name()));
                default -> {
                }
            }
        }
    }

    void checkInitialiser(Item item, Expr value, Symbol sym) {
        if (!(sym instanceof Symbol.Global g) || g.pos() != item.pos()) return;
        FnContext ctx = new FnContext(null, g.type());
        typing.contexts.put(item, ctx);
        BodyChecker body = new BodyChecker(this, ctx, List.of());
        body.expect(value, g.type(), new Scope(null));
        body.finish();
        if (g.isConst()) requireConstant(value);
    }

    /** A const initialiser may use only literals, other consts and operators (and `as`). */
    private void requireConstant(Expr e) {
        switch (e) {
            case Expr.IntLit i -> {
            }
            case Expr.FloatLit f -> {
            }
            case Expr.BoolLit b -> {
            }
            case Expr.UnitLit u -> {
            }
            case Expr.StrLit str when str.parts().stream().allMatch(p -> p instanceof String) -> {
            }
            case Expr.Unary u -> requireConstant(u.operand());
            case Expr.Binary b -> {
                requireConstant(b.left());
                requireConstant(b.right());
            }
            case Expr.Cast c -> requireConstant(c.expr());
            case Expr.Name n when typing.resolution(n) instanceof Resolution.Global rg && rg.global().isConst() -> {
            }
            case Expr.Field f when typing.resolution(f) instanceof Resolution.Global rg && rg.global().isConst() -> {
            }
            default -> error(e.pos(), "a const initialiser may use only literals, other consts and operators; use `static` for a computed value");
        }
    }

    void checkFn(Item.Fn f, Symbol.Fn sym, List<String> typeParams) {
        FnContext ctx = new FnContext(null, sym.type().result());
        ctx.async = sym.isAsync();
        typing.contexts.put(f, ctx);
        BodyChecker body = new BodyChecker(this, ctx, typeParams);
        Scope scope = new Scope(null);
        for (int i = 0; i < f.params().size(); i++) {
            Expr.Param p = f.params().get(i);
            LocalVar v = body.newLocal(p.name(), sym.type().params().get(i), p.mutable());
            ctx.params.add(v);
            typing.bindings.put(p, v);
            scope.define(p.name(), v);
        }
        Type t = body.infer(f.body(), scope, sym.type().result());
        Pos at = f.body().result() != null ? f.body().result().pos() : f.pos();
        if (!checker.unifier.unify(sym.type().result(), t)) {
            body.mismatch(at, sym.type().result(), t);
        }
        body.finish();
    }


    TEnum lookupEnum(String qname) {
        if (qname.equals("Option")) return Builtins.OPTION;
        if (qname.equals("Result")) return Builtins.RESULT;
        int dot = qname.lastIndexOf('.');
        if (dot < 0) return null;
        ModuleInterface mi = checker.moduleNamed(qname.substring(0, dot));
        return mi != null && mi.item(qname.substring(dot + 1)) instanceof Symbol.Enum en ? en.decl() : null;
    }

    TStruct lookupStruct(String qname) {
        int dot = qname.lastIndexOf('.');
        if (dot < 0) return null;
        ModuleInterface mi = checker.moduleNamed(qname.substring(0, dot));
        return mi != null && mi.item(qname.substring(dot + 1)) instanceof Symbol.Struct st ? st.decl() : null;
    }
}
