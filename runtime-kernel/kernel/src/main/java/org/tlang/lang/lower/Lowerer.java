package org.tlang.lang.lower;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.FnContext;
import org.tlang.lang.check.LocalVar;
import org.tlang.lang.check.Resolution;
import org.tlang.lang.check.Symbol;
import org.tlang.lang.check.Typing;
import org.tlang.lang.check.Unifier;
import org.tlang.tir.Pos;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.Pattern;
import org.tlang.lang.syntax.Stmt;
import org.tlang.lang.syntax.TypeRef;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;
import org.tlang.tir.TModule;
import org.tlang.tir.TPattern;
import org.tlang.tir.TStatic;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/** Turns a checked module into TIR. Runs only on modules without errors. */
public final class Lowerer {
    private final CheckedModule module;
    private final Typing typing;
    private final String file;
    private final Map<LocalVar, TLocal> locals = new IdentityHashMap<>();
    /** Next free local index of the function being lowered (temporaries go past the checker's). */
    private int[] nextLocal = {0};
    /** Where each function reference of this module links to (a sandboxed package's calls of native modules go to its own instance). */
    private final UnaryOperator<FunctionRef> refs;

    private Lowerer(CheckedModule module, UnaryOperator<FunctionRef> refs) {
        this.module = module;
        this.refs = refs;
        this.typing = module.typing();
        this.file = module.syntax().source().displayName();
    }

    public static TModule lower(CheckedModule module) {
        return lower(module, UnaryOperator.identity());
    }

    /** {@code module} as TIR whose calls and function values refer to {@code refs} of what they name. */
    public static TModule lower(CheckedModule module, UnaryOperator<FunctionRef> refs) {
        return new Lowerer(module, refs).lowerModule();
    }

    private TModule lowerModule() {
        List<TFunction> functions = new ArrayList<>();
        List<TStatic> statics = new ArrayList<>();
        List<TStruct> structs = new ArrayList<>();
        List<TEnum> enums = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        String name = module.name();
        for (Item item : module.syntax().items()) {
            switch (item) {
                case Item.Fn f -> {
                    Symbol.Fn sym = (Symbol.Fn) module.iface().item(f.name());
                    functions.add(lowerFn(f, f.name(), sym));
                    if (f.isTest()) tests.add(f.name());
                }
                case Item.Impl impl -> {
                    String typeName = module.iface().item(((TypeRef.Named) impl.target()).path().getFirst()).name();
                    for (Item.Fn m : impl.methods()) {
                        Symbol.Fn sym = module.iface().method(typeName, m.name());
                        functions.add(lowerFn(m, sym.name(), sym));
                    }
                }
                case Item.Const c -> {
                    Symbol.Global g = (Symbol.Global) module.iface().item(c.name());
                    statics.add(new TStatic(c.name(), g.type(), false, true, c.pub(), lowerInit(item, c.name(), c.value(), g.type())));
                }
                case Item.Static s -> {
                    Symbol.Global g = (Symbol.Global) module.iface().item(s.name());
                    statics.add(new TStatic(s.name(), g.type(), s.mutable(), false, s.pub(), lowerInit(item, s.name(), s.value(), g.type())));
                }
                case Item.Struct s -> structs.add(((Symbol.Struct) module.iface().item(s.name())).decl());
                case Item.Enum e -> enums.add(((Symbol.Enum) module.iface().item(e.name())).decl());
                default -> {
                }
            }
        }
        return new TModule(name, file, List.copyOf(functions), List.copyOf(statics), List.copyOf(structs), List.copyOf(enums),
                List.copyOf(tests));
    }

    private TFunction lowerFn(Item.Fn f, String name, Symbol.Fn sym) {
        FnContext ctx = typing.context(f);
        int[] saved = nextLocal;
        nextLocal = new int[] {ctx.localCount()};
        List<TLocal> params = ctx.params().stream().map(this::local).toList();
        TExpr body = expr(f.body());
        TFunction fn = new TFunction(module.name(), name, file, f.pos(), params, sym.type().result(), body, nextLocal[0], sym.isAsync());
        nextLocal = saved;
        return fn;
    }

    private TFunction lowerInit(Item item, String name, Expr value, Type type) {
        FnContext ctx = typing.context(item);
        nextLocal = new int[] {ctx.localCount()};
        TExpr body = expr(value);
        return new TFunction(module.name(), "<init " + name + ">", file, item.pos(), List.of(), type, body, nextLocal[0], false);
    }

    private TLocal local(LocalVar v) {
        return locals.computeIfAbsent(v, k -> new TLocal(k.index(), k.name(), type(k.type()), k.mutable(), k.boxed()));
    }

    private TLocal temp(String name, Type t) {
        return new TLocal(nextLocal[0]++, name, t, true, false);
    }

    private Type type(Type t) {
        return typing.resolved(t);
    }

    private Type typeOf(Object node) {
        Type t = typing.type(node);
        if (t == null) throw new IllegalStateException("no type recorded for " + node);
        return t;
    }

    // ------------------------------------------------------------------ expressions

    private List<TExpr> exprs(List<Expr> es) {
        List<TExpr> out = new ArrayList<>(es.size());
        for (Expr e : es) out.add(expr(e));
        return out;
    }

    private TExpr expr(Expr e) {
        Pos pos = e.pos();
        switch (e) {
            case Expr.IntLit i -> {
                return new TExpr.Const(i.value(), Type.INT, pos);
            }
            case Expr.FloatLit f -> {
                return new TExpr.Const(f.value(), Type.FLOAT, pos);
            }
            case Expr.BoolLit b -> {
                return new TExpr.Const(b.value(), Type.BOOL, pos);
            }
            case Expr.UnitLit u -> {
                return new TExpr.Const(null, Type.UNIT, pos);
            }
            case Expr.StrLit s -> {
                if (s.parts().size() == 1 && s.parts().getFirst() instanceof String text) return new TExpr.Const(text, Type.STR, pos);
                List<TExpr> parts = new ArrayList<>();
                for (Object p : s.parts()) {
                    parts.add(p instanceof String text ? new TExpr.Const(text, Type.STR, pos) : expr((Expr) p));
                }
                return new TExpr.Interpolate(parts, pos);
            }
            case Expr.Name n -> {
                return name(n, typing.resolution(n), typeOf(n));
            }
            case Expr.Unary u -> {
                return new TExpr.Unary(u.op(), expr(u.operand()), typeOf(u), pos);
            }
            case Expr.Binary b -> {
                return new TExpr.Binary(BinaryOp.of(b.op()), expr(b.left()), expr(b.right()), typeOf(b), pos);
            }
            case Expr.Assign a -> {
                return assign(a);
            }
            case Expr.Cast c -> {
                return new TExpr.Cast(expr(c.expr()), typeOf(c), pos);
            }
            case Expr.Call c -> {
                return call(c);
            }
            case Expr.MethodCall mc -> {
                return methodCall(mc);
            }
            case Expr.Field f -> {
                Resolution r = typing.resolution(f);
                return switch (r) {
                    case Resolution.TupleField tf -> new TExpr.TupleGet(expr(f.target()), tf.index(), typeOf(f), pos);
                    case Resolution.StructField sf -> new TExpr.FieldGet(expr(f.target()), sf.index(), f.name(), typeOf(f), pos);
                    default -> name(f, r, typeOf(f));
                };
            }
            case Expr.Index ix -> {
                return new TExpr.Index(expr(ix.target()), expr(ix.index()), typeOf(ix), pos);
            }
            case Expr.Tuple t -> {
                return new TExpr.TupleNew(exprs(t.items()), typeOf(t), pos);
            }
            case Expr.VecLit v -> {
                return new TExpr.VecNew(exprs(v.items()), typeOf(v), pos);
            }
            case Expr.MapLit m -> {
                return new TExpr.MapNew(exprs(m.keys()), exprs(m.values()), typeOf(m), pos);
            }
            case Expr.StructLit s -> {
                TStruct decl = ((Resolution.StructField) typing.resolution(s)).decl();
                TExpr[] fields = new TExpr[decl.fieldNames().size()];
                for (Expr.FieldInit f : s.fields()) fields[decl.fieldIndex(f.name())] = expr(f.value());
                return new TExpr.StructNew(decl, List.of(fields), typeOf(s), pos);
            }
            case Expr.Block b -> {
                return block(b);
            }
            case Expr.If i -> {
                return new TExpr.If(expr(i.cond()), expr(i.then()), i.otherwise() == null ? null : expr(i.otherwise()), typeOf(i), pos);
            }
            case Expr.While w -> {
                return new TExpr.Loop(expr(w.cond()), expr(w.body()), Type.UNIT, pos);
            }
            case Expr.Loop l -> {
                return new TExpr.Loop(null, expr(l.body()), typeOf(l), pos);
            }
            case Expr.For f -> {
                return forLoop(f);
            }
            case Expr.Match m -> {
                TExpr scrutinee = expr(m.scrutinee());
                TLocal tmp = temp("<match>", scrutinee.type());
                List<TExpr.Arm> arms = new ArrayList<>();
                for (Expr.Arm arm : m.arms()) {
                    arms.add(new TExpr.Arm(pattern(arm.pattern()), arm.guard() == null ? null : expr(arm.guard()), expr(arm.body())));
                }
                return new TExpr.Match(scrutinee, tmp, arms, typeOf(m), pos);
            }
            case Expr.Range r -> throw new IllegalStateException("range outside for");
            case Expr.Closure c -> {
                return closure(c);
            }
            case Expr.Return r -> {
                return new TExpr.Return(r.value() == null ? null : expr(r.value()), pos);
            }
            case Expr.Break b -> {
                return new TExpr.Break(b.value() == null ? null : expr(b.value()), pos);
            }
            case Expr.Continue c -> {
                return new TExpr.Continue(pos);
            }
            case Expr.Try t -> {
                return new TExpr.Try(expr(t.expr()), typeOf(t), pos);
            }
            case Expr.Await a -> {
                return new TExpr.Await(expr(a.expr()), typeOf(a), pos);
            }
        }
    }

    private TExpr name(Expr n, Resolution r, Type t) {
        Pos pos = n.pos();
        return switch (r) {
            case Resolution.Local l -> new TExpr.Local(local(l.var()), pos);
            case Resolution.Global g -> new TExpr.Global(g.global().ref(), pos);
            case Resolution.Function f -> new TExpr.FunctionValue(refs.apply(f.fn().ref()), t, pos);
            case Resolution.Variant v -> {
                String variant = v.decl().variants().get(v.index()).name();
                if (v.decl().variants().get(v.index()).fields().isEmpty()) {
                    yield new TExpr.VariantNew(v.decl().name(), variant, v.index(), List.of(), t, pos);
                }
                Type.Fn fn = (Type.Fn) t;
                yield wrap(fn, pos, args -> new TExpr.VariantNew(v.decl().name(), variant, v.index(), args, fn.result(), pos));
            }
            case Resolution.Intrinsic in -> {
                Type.Fn fn = (Type.Fn) t;
                yield wrap(fn, pos, args -> new TExpr.Intrinsic(in.name(), args, fn.result(), pos));
            }
            case null, default -> throw new IllegalStateException("cannot lower name " + n + " resolved as " + r);
        };
    }

    /** A built-in function or variant constructor used as a value: a closure that calls it. */
    private TExpr wrap(Type.Fn fn, Pos pos, java.util.function.Function<List<TExpr>, TExpr> body) {
        List<TLocal> params = new ArrayList<>();
        List<TExpr> args = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            TLocal p = new TLocal(i, "arg" + i, fn.params().get(i), false, false);
            params.add(p);
            args.add(new TExpr.Local(p, pos));
        }
        TFunction f = new TFunction(module.name(), "<builtin>", file, pos, params, fn.result(), body.apply(args), params.size(), false);
        return new TExpr.Closure(f, List.of(), List.of(), fn, pos);
    }

    private TExpr call(Expr.Call c) {
        Pos pos = c.pos();
        Type t = typeOf(c);
        Resolution onCall = typing.resolution(c);
        if (onCall instanceof Resolution.Intrinsic in) return new TExpr.Intrinsic(in.name(), exprs(c.args()), t, pos);
        if (onCall instanceof Resolution.Indirect) return new TExpr.CallValue(expr(c.callee()), exprs(c.args()), t, pos);
        Resolution r = typing.resolution(c.callee());
        return switch (r) {
            case Resolution.Function f -> functionCall(f, typing.variadicCall(c), exprs(c.args()), t, pos);
            case Resolution.Variant v -> new TExpr.VariantNew(v.decl().name(), v.decl().variants().get(v.index()).name(), v.index(),
                    exprs(c.args()), t, pos);
            case Resolution.Intrinsic in -> new TExpr.Intrinsic(in.name(), exprs(c.args()), t, pos);
            case null, default -> new TExpr.CallValue(expr(c.callee()), exprs(c.args()), t, pos);
        };
    }

    /**
     * A call of a module's function; of its caller form, with this module's name first, if it has one;
     * of a variadic extern fn, as {@code variadic} (the signature of this call) when not null.
     */
    private TExpr functionCall(Resolution.Function f, Type.Fn variadic, List<TExpr> args, Type t, Pos pos) {
        if (variadic != null) return new TExpr.Call(refs.apply(new FunctionRef(f.fn().module(), f.fn().name(), variadic)), args, false, t, pos);
        if (f.callerForm() == null) return new TExpr.Call(refs.apply(f.fn().ref()), args, f.fn().isAsync(), t, pos);
        List<TExpr> withCaller = new ArrayList<>(args.size() + 1);
        withCaller.add(new TExpr.Const(module.name(), Type.STR, pos));
        withCaller.addAll(args);
        return new TExpr.Call(refs.apply(f.callerForm().ref()), withCaller, f.callerForm().isAsync(), t, pos);
    }

    private TExpr methodCall(Expr.MethodCall mc) {
        Pos pos = mc.pos();
        Type t = typeOf(mc);
        Resolution r = typing.resolution(mc);
        List<TExpr> args = new ArrayList<>();
        switch (r) {
            case Resolution.Method m -> {
                args.add(expr(mc.receiver()));
                args.addAll(exprs(mc.args()));
                return new TExpr.Call(refs.apply(m.fn().ref()), args, m.fn().isAsync(), t, pos);
            }
            case Resolution.Intrinsic in -> {
                args.add(expr(mc.receiver()));
                args.addAll(exprs(mc.args()));
                return new TExpr.Intrinsic(in.name(), args, t, pos);
            }
            case Resolution.Function f -> {
                return functionCall(f, typing.variadicCall(mc), exprs(mc.args()), t, pos);
            }
            case Resolution.Variant v -> {
                return new TExpr.VariantNew(v.decl().name(), v.decl().variants().get(v.index()).name(), v.index(), exprs(mc.args()), t, pos);
            }
            case Resolution.StructField sf -> {
                Type recv = typeOf(mc.receiver());
                TExpr target = expr(mc.receiver());
                Type ft = typeOfField(recv, sf.decl(), sf.index());
                return new TExpr.CallValue(new TExpr.FieldGet(target, sf.index(), mc.name(), ft, pos), exprs(mc.args()), t, pos);
            }
            case Resolution.Global g -> {
                return new TExpr.CallValue(new TExpr.Global(g.global().ref(), pos), exprs(mc.args()), t, pos);
            }
            case null, default -> throw new IllegalStateException("cannot lower method call " + mc.name() + " resolved as " + r);
        }
    }

    private static Type typeOfField(Type recv, TStruct decl, int idx) {
        Type.Named n = (Type.Named) recv;
        Map<String, Type> inst = new java.util.HashMap<>();
        for (int i = 0; i < decl.typeParams().size(); i++) inst.put(decl.typeParams().get(i), n.arg(i));
        return Unifier.resolve(Unifier.substitute(decl.fieldTypes().get(idx), inst));
    }

    private TExpr assign(Expr.Assign a) {
        Pos pos = a.pos();
        boolean compound = !a.op().equals("=");
        BinaryOp op = compound ? BinaryOp.of(a.op().substring(0, a.op().length() - 1)) : null;
        TExpr value = expr(a.value());
        switch (a.target()) {
            case Expr.Name n -> {
                Resolution r = typing.resolution(n);
                TExpr current = name(n, r, typeOf(n));
                TExpr newValue = compound ? new TExpr.Binary(op, current, value, current.type(), pos) : value;
                return switch (r) {
                    case Resolution.Local l -> new TExpr.SetLocal(local(l.var()), newValue, pos);
                    case Resolution.Global g -> new TExpr.SetGlobal(g.global().ref(), newValue, pos);
                    default -> throw new IllegalStateException("assign to " + r);
                };
            }
            case Expr.Field f -> {
                Resolution r = typing.resolution(f);
                if (r instanceof Resolution.Global g) {
                    TExpr current = new TExpr.Global(g.global().ref(), pos);
                    return new TExpr.SetGlobal(g.global().ref(), compound ? new TExpr.Binary(op, current, value, current.type(), pos) : value, pos);
                }
                Resolution.StructField sf = (Resolution.StructField) r;
                TExpr target = expr(f.target());
                Type ft = typeOf(f);
                if (!compound) return new TExpr.SetField(target, sf.index(), f.name(), value, pos);
                TLocal tmp = temp("<target>", target.type());
                TExpr read = new TExpr.FieldGet(new TExpr.Local(tmp, pos), sf.index(), f.name(), ft, pos);
                return new TExpr.Block(List.of(new TExpr.Let(tmp, target, pos),
                        new TExpr.SetField(new TExpr.Local(tmp, pos), sf.index(), f.name(), new TExpr.Binary(op, read, value, ft, pos), pos)),
                        null, Type.UNIT, pos);
            }
            case Expr.Index ix -> {
                TExpr target = expr(ix.target());
                TExpr index = expr(ix.index());
                if (!compound) return new TExpr.SetIndex(target, index, value, pos);
                Type et = typeOf(ix);
                TLocal tt = temp("<target>", target.type());
                TLocal ti = temp("<index>", index.type());
                TExpr read = new TExpr.Index(new TExpr.Local(tt, pos), new TExpr.Local(ti, pos), et, pos);
                return new TExpr.Block(List.of(new TExpr.Let(tt, target, pos), new TExpr.Let(ti, index, pos),
                        new TExpr.SetIndex(new TExpr.Local(tt, pos), new TExpr.Local(ti, pos), new TExpr.Binary(op, read, value, et, pos), pos)),
                        null, Type.UNIT, pos);
            }
            default -> throw new IllegalStateException("assign target " + a.target());
        }
    }

    private TExpr block(Expr.Block b) {
        List<TExpr> stmts = new ArrayList<>();
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let let -> {
                    TExpr init = expr(let.init());
                    switch (let.pattern()) {
                        case Pattern.Bind bind -> stmts.add(new TExpr.Let(local(typing.binding(bind)), init, let.pos()));
                        case Pattern.Wildcard w -> stmts.add(init);
                        default -> stmts.add(new TExpr.Destructure(pattern(let.pattern()), init, let.pos()));
                    }
                }
                case Stmt.ExprStmt es -> stmts.add(expr(es.expr()));
            }
        }
        TExpr result = b.result() == null ? null : expr(b.result());
        return new TExpr.Block(List.copyOf(stmts), result, typeOf(b), b.pos());
    }

    private TExpr forLoop(Expr.For f) {
        Pos pos = f.pos();
        Type elem = type(((Resolution.Types) typing.resolution(f)).types().getFirst());
        TLocal var;
        TExpr body;
        if (f.pattern() instanceof Pattern.Bind bind) {
            var = local(typing.binding(bind));
            body = expr(f.body());
        } else {
            var = temp("<item>", elem);
            TExpr destructure = f.pattern() instanceof Pattern.Wildcard ? new TExpr.Const(null, Type.UNIT, pos)
                    : new TExpr.Destructure(pattern(f.pattern()), new TExpr.Local(var, pos), pos);
            body = new TExpr.Block(List.of(destructure, expr(f.body())), null, Type.UNIT, pos);
        }
        if (f.iterable() instanceof Expr.Range r) {
            return new TExpr.ForRange(var, expr(r.from()), expr(r.to()), r.inclusive(), body, pos);
        }
        Expr.MethodCall iter = typing.iterCall(f);
        return new TExpr.ForEach(var, expr(iter != null ? iter : f.iterable()), body, pos);
    }

    private TExpr closure(Expr.Closure c) {
        FnContext ctx = typing.context(c);
        int[] saved = nextLocal;
        nextLocal = new int[] {ctx.localCount()};
        List<TLocal> params = ctx.params().stream().map(this::local).toList();
        Type.Fn fnType = (Type.Fn) typeOf(c);
        TExpr body = expr(c.body());
        List<TLocal> captures = new ArrayList<>();
        List<TLocal> into = new ArrayList<>();
        TFunction fn = new TFunction(module.name(), "<closure>", file, c.pos(), params, fnType.result(), body, nextLocal[0], false);
        nextLocal = saved;
        for (Map.Entry<LocalVar, LocalVar> cap : ctx.captures().entrySet()) {
            captures.add(local(cap.getKey()));
            into.add(local(cap.getValue()));
        }
        return new TExpr.Closure(fn, captures, into, fnType, c.pos());
    }

    // ------------------------------------------------------------------ patterns

    private TPattern pattern(Pattern p) {
        switch (p) {
            case Pattern.Wildcard w -> {
                return new TPattern.Wildcard();
            }
            case Pattern.Bind b -> {
                return new TPattern.Bind(local(typing.binding(b)));
            }
            case Pattern.Literal l -> {
                return new TPattern.Literal(literal(l.value()));
            }
            case Pattern.Range r -> {
                return new TPattern.Range(literal(r.from()), literal(r.to()), r.inclusive());
            }
            case Pattern.Tuple t when t.items().isEmpty() -> {
                return new TPattern.Wildcard();   // `()`: the checker saw the value is the unit value
            }
            case Pattern.Tuple t -> {
                return new TPattern.Tuple(t.items().stream().map(this::pattern).toList());
            }
            case Pattern.Variant v -> {
                LocalVar bound = typing.binding(v);
                if (bound != null) return new TPattern.Bind(local(bound));
                Resolution.Variant r = (Resolution.Variant) typing.resolution(v);
                List<TPattern> args = v.args() == null ? List.of() : v.args().stream().map(this::pattern).toList();
                return new TPattern.Variant(r.decl().name(), r.decl().variants().get(r.index()).name(), r.index(), args);
            }
            case Pattern.Struct s -> {
                TStruct decl = ((Resolution.StructField) typing.resolution(s)).decl();
                List<Integer> idx = s.names().stream().map(decl::fieldIndex).toList();
                return new TPattern.Struct(decl.name(), idx, s.fields().stream().map(this::pattern).toList());
            }
            case Pattern.Or o -> {
                return new TPattern.Or(o.alternatives().stream().map(this::pattern).toList());
            }
        }
    }

    private static Object literal(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> i.value();
            case Expr.FloatLit f -> f.value();
            case Expr.BoolLit b -> b.value();
            case Expr.StrLit s -> s.parts().isEmpty() ? "" : String.valueOf(s.parts().getFirst());
            default -> throw new IllegalStateException("pattern literal " + e);
        };
    }
}
