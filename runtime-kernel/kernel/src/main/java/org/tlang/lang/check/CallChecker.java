package org.tlang.lang.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.syntax.Expr;
import org.tlang.tir.Pos;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/** Calls: of functions and closures, of the prelude, and of methods (module, struct field or built-in). */
final class CallChecker {
    private final BodyChecker body;
    private final Unifier unifier;
    private final Builtins builtins;
    private final Typing typing;
    private final String moduleName;
    private final Map<String, String> aliases;

    CallChecker(BodyChecker body) {
        this.body = body;
        this.unifier = body.unifier;
        this.builtins = body.builtins;
        this.typing = body.typing;
        this.moduleName = body.name;
        this.aliases = body.aliases;
    }

    Type inferCall(Expr.Call call, Scope scope, Type expected) {
        Expr callee = call.callee();
        if (callee instanceof Expr.Name n && n.path().size() == 1 && scope.lookup(n.last()) == null
                && body.scope(n.last()) == null && isPrelude(n.last())) {
            return inferPreludeCall(call, n, scope);
        }
        Type ct = body.infer(callee, scope, null);
        Resolution r = typing.resolutions.get(callee);
        if (r == null || r instanceof Resolution.Local || r instanceof Resolution.Global) {
            typing.resolutions.put(call, new Resolution.Indirect());
        }
        if (callee instanceof Expr.Name n && !n.typeArgs().isEmpty() && Unifier.prune(ct) instanceof Type.Fn fnT) {
            applyTypeArgs(n, fnT);
        }
        Type pt = Unifier.prune(ct);
        if (pt == Type.Prim.ERROR) {
            for (Expr a : call.args()) body.infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        if (pt instanceof Type.Var) {
            // a value of a type not known yet (a closure parameter, say): calling it makes it a function
            Type.Fn shape = new Type.Fn(unifier.freshList(call.args().size()), unifier.fresh());
            unifier.unify(pt, shape);
            pt = shape;
        }
        if (!(pt instanceof Type.Fn fn)) {
            if (r instanceof Resolution.Variant v && v.decl().variants().get(v.index()).fields().isEmpty()) {
                body.error(call.pos(), "variant `" + v.decl().variants().get(v.index()).name() + "` takes no arguments");
            } else {
                body.error(call.pos(), "cannot call a value of type " + Unifier.resolve(pt));
            }
            for (Expr a : call.args()) body.infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        if (r instanceof Resolution.Function f && variadic(f.fn()) != null) {
            checkVariadic(call, f.fn(), fn, call.args(), scope);
        } else {
            checkArgs(call.pos(), fn, call.args(), scope, 0);
        }
        if (r instanceof Resolution.Function f && f.fn().isAsync()) return Type.Named.of("Task", fn.result());
        return fn.result();
    }

    /** The C signature of {@code fn} if it is a variadic extern fn, else null. */
    private org.tlang.ffi.ForeignFn variadic(Symbol.Fn fn) {
        ModuleInterface mi = body.moduleNamed(fn.module());
        org.tlang.ffi.ForeignFn f = mi == null ? null : mi.foreign.get(fn.name());
        return f != null && f.variadic() ? f : null;
    }

    /**
     * A call of a variadic extern fn: the fixed parameters as declared, then any number of Int
     * (passed as c_long), Float (c_double), Str (CStr) or Ptr arguments; the call is recorded with
     * the signature it calls, which the runtime links once per signature.
     */
    private void checkVariadic(Expr call, Symbol.Fn callee, Type.Fn fn, List<Expr> args, Scope scope) {
        int fixed = fn.params().size();
        if (args.size() < fixed) {
            body.error(call.pos(), "expected at least " + fixed + " argument" + (fixed == 1 ? "" : "s") + ", found " + args.size());
            for (Expr a : args) body.infer(a, scope, null);
            return;
        }
        List<Type> all = new java.util.ArrayList<>(fn.params());
        for (int i = 0; i < args.size(); i++) {
            if (i < fixed) body.expect(args.get(i), fn.params().get(i), scope);
            else all.add(body.infer(args.get(i), scope, null));
        }
        Type.Fn instance = new Type.Fn(all, fn.result());
        typing.variadicCalls.put(call, new Typing.VariadicCall(callee, instance));
        body.deferred.add(() -> {
            for (int i = fixed; i < args.size(); i++) {
                Type t = Unifier.resolve(all.get(i));
                if (org.tlang.ffi.ForeignFn.variadicArgument(t) == null) {
                    body.error(args.get(i).pos(), "a variadic argument of a C function is an Int (passed as c_long), a Float (c_double), "
                            + "a Str (CStr) or a Ptr, not " + t);
                }
            }
        });
    }

    void applyTypeArgs(Expr.Name n, Type.Fn fnT) {
        // explicit type arguments: only for generic built-ins like chan<Int>; bind result's params in order
        Resolution r = typing.resolutions.get(n);
        if (r instanceof Resolution.Function f && f.fn().typeParams().size() == n.typeArgs().size()) {
            // re-instantiate with the given arguments
            Map<String, Type> inst = new HashMap<>();
            for (int i = 0; i < n.typeArgs().size(); i++) inst.put(f.fn().typeParams().get(i), body.resolveType(n.typeArgs().get(i), body.typeParams));
            unifier.unify(fnT, Unifier.substitute(f.fn().type(), inst));
        }
    }

    boolean isPrelude(String s) {
        return s.equals("Some") || s.equals("Ok") || s.equals("Err") || builtins.isFunction(s);
    }

    Type inferPreludeCall(Expr.Call call, Expr.Name n, Scope scope) {
        String s = n.last();
        if (s.equals("Some") || s.equals("Ok") || s.equals("Err")) {
            TEnum decl = s.equals("Some") ? Builtins.OPTION : Builtins.RESULT;
            Type ct = body.record(n, body.names.variantValue(n, decl, decl.variantIndex(s)));
            Type.Fn fn = (Type.Fn) ct;
            checkArgs(call.pos(), fn, call.args(), scope, 0);
            return fn.result();
        }
        String key = s.equals("assert") ? "assert/" + call.args().size() : s;
        Builtins.Signature sig = builtins.get(key);
        if (sig == null) {
            body.error(call.pos(), "`assert` takes 1 or 2 arguments, found " + call.args().size());
            return Type.Prim.ERROR;
        }
        typing.resolutions.put(call, new Resolution.Intrinsic(key));
        requireModules(call.pos(), s, sig);
        Map<String, Type> inst = new HashMap<>();
        Type.Fn fn = (Type.Fn) unifier.instantiate(sig.type(), sig.typeParams(), inst);
        if (!n.typeArgs().isEmpty() && n.typeArgs().size() == sig.typeParams().size()) {
            for (int i = 0; i < n.typeArgs().size(); i++) {
                unifier.unify(inst.get(sig.typeParams().get(i)), body.resolveType(n.typeArgs().get(i), body.typeParams));
            }
        }
        body.record(n, fn);
        checkArgs(call.pos(), fn, call.args(), scope, 0);
        return fn.result();
    }

    /**
     * Reports a built-in whose signature names a type of a std module that is not installed
     * ({@code rx.recv_timeout} gives std.io's IoError): the call type-checks, but nothing could
     * match or use that type.
     */
    private void requireModules(Pos pos, String name, Builtins.Signature sig) {
        for (String mod : Builtins.modulesNamedBy(sig)) {
            if (body.moduleNamed(mod) == null) {
                body.error(pos, "`" + name + "` gives a type of " + mod + " (" + String.join(", ", Builtins.typesOf(sig, mod))
                        + "), and " + mod + " is not installed");
            }
        }
    }

    void checkArgs(Pos pos, Type.Fn fn, List<Expr> args, Scope scope, int skip) {
        int want = fn.params().size() - skip;
        if (args.size() != want) {
            body.error(pos, "expected " + want + " argument" + (want == 1 ? "" : "s") + ", found " + args.size());
            for (Expr a : args) body.infer(a, scope, null);
            return;
        }
        for (int i = 0; i < args.size(); i++) body.expect(args.get(i), fn.params().get(i + skip), scope);
    }

    /**
     * What `for` takes from a value of the user type {@code recv}: the items of the Vec its
     * {@code iter()} method gives, if the type has one (taking only self, giving a Vec, visible
     * here); null if it has none. The lowering then goes over {@code value.iter()}, recorded here.
     */
    Type iterItems(Expr.For loop, Type.Named recv) {
        if (!recv.name().contains(".")) return null;
        String mod = recv.name().substring(0, recv.name().lastIndexOf('.'));
        ModuleInterface mi = body.moduleNamed(mod);
        Symbol.Fn m = mi == null ? null : mi.method(recv.name(), "iter");
        if (m == null || !m.hasSelf() || m.type().params().size() != 1 || m.isAsync() || (!m.pub() && !mod.equals(moduleName))) return null;
        Type.Fn fn = (Type.Fn) unifier.instantiate(m.type(), m.typeParams(), new HashMap<>());
        unifier.unify(fn.params().getFirst(), recv);
        if (!(Unifier.prune(fn.result()) instanceof Type.Named vec && vec.name().equals("Vec"))) return null;
        Expr.MethodCall call = new Expr.MethodCall(loop.iterable().pos(), loop.iterable(), "iter", List.of());
        body.noteUse(mod, m);
        typing.resolutions.put(call, new Resolution.Method(m));
        body.record(call, vec);
        typing.iterCalls.put(loop, call);
        return vec.arg(0);
    }

    Type inferMethodCall(Expr.MethodCall mc, Scope scope, Type expected) {
        // alias.function(..): a call into an imported module
        if (mc.receiver() instanceof Expr.Name rn && rn.path().size() == 1 && scope.lookup(rn.last()) == null
                && aliases.containsKey(rn.last()) && body.scope(rn.last()) == null) {
            Type ct = body.record(mc.receiver(), body.names.qualifiedName(mc, List.of(rn.last()), mc.name()));
            Resolution r = typing.resolutions.get(mc);
            Type pt = Unifier.prune(ct);
            if (!(pt instanceof Type.Fn fn)) {
                if (pt != Type.Prim.ERROR) body.error(mc.pos(), "`" + rn.last() + "." + mc.name() + "` is not a function");
                for (Expr a : mc.args()) body.infer(a, scope, null);
                return Type.Prim.ERROR;
            }
            if (r instanceof Resolution.Function f && variadic(f.fn()) != null) {
                checkVariadic(mc, f.fn(), fn, mc.args(), scope);
            } else {
                checkArgs(mc.pos(), fn, mc.args(), scope, 0);
            }
            if (r instanceof Resolution.Function f && f.fn().isAsync()) return Type.Named.of("Task", fn.result());
            return fn.result();
        }
        Type recv = Unifier.prune(body.infer(mc.receiver(), scope, null));
        if (recv == Type.Prim.ERROR) {
            for (Expr a : mc.args()) body.infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        if (recv instanceof Type.Var) {
            body.error(mc.receiver().pos(), "type annotations needed: the type of this value must be known to call `." + mc.name() + "()`");
            for (Expr a : mc.args()) body.infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        if (recv instanceof Type.Named rn && rn.name().contains(".")) {
            String mod = rn.name().substring(0, rn.name().lastIndexOf('.'));
            ModuleInterface mi = body.moduleNamed(mod);
            Symbol.Fn m = mi == null ? null : mi.method(rn.name(), mc.name());
            if (m != null && m.hasSelf()) {
                if (!m.pub() && !mod.equals(moduleName)) body.error(mc.pos(), "method `" + mc.name() + "` of " + rn.simpleName() + " is private");
                body.noteUse(mod, m);
                typing.resolutions.put(mc, new Resolution.Method(m));
                Type.Fn fn = (Type.Fn) unifier.instantiate(m.type(), m.typeParams(), new HashMap<>());
                unifier.unify(fn.params().getFirst(), recv);
                checkArgs(mc.pos(), fn, mc.args(), scope, 1);
                return m.isAsync() ? Type.Named.of("Task", fn.result()) : fn.result();
            }
        }
        if (recv instanceof Type.Named rn && rn.name().contains(".")) {
            // a field of function type called as a method
            Type ft = body.aggregates.structFieldType(rn, mc.name());
            if (ft != null && Unifier.prune(ft) instanceof Type.Fn fn) {
                TStruct decl = body.lookupStruct(rn.name());
                typing.resolutions.put(mc, new Resolution.StructField(decl, decl.fieldIndex(mc.name())));
                checkArgs(mc.pos(), fn, mc.args(), scope, 0);
                return fn.result();
            }
        }
        String key = Builtins.receiverKey(recv);
        Builtins.Signature sig = key == null ? null : builtins.get(key + "." + mc.name());
        if (sig == null) {
            body.error(mc.pos(), "no method `" + mc.name() + "` on type " + Unifier.resolve(recv));
            for (Expr a : mc.args()) body.infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        typing.resolutions.put(mc, new Resolution.Intrinsic(key + "." + mc.name()));
        requireModules(mc.pos(), mc.name(), sig);
        Type.Fn fn = (Type.Fn) unifier.instantiate(sig.type(), sig.typeParams(), new HashMap<>());
        if (!unifier.unify(fn.params().getFirst(), recv)) {
            body.error(mc.pos(), "no method `" + mc.name() + "` on type " + Unifier.resolve(recv));
            return Type.Prim.ERROR;
        }
        checkArgs(mc.pos(), fn, mc.args(), scope, 1);
        if (mc.name().equals("sort")) {
            body.deferred.add(() -> {
                Type elem = Unifier.prune(((Type.Named) recv).arg(0));
                if (elem instanceof Type.Fn) body.error(mc.pos(), "cannot sort a Vec of functions");
            });
        }
        return fn.result();
    }
}
