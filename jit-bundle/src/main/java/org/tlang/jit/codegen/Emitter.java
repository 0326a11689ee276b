package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;
import org.tlang.tir.TLocal;

/**
 * The state of one method body being compiled, shared by the generators of each kind of
 * expression (which it holds, one each): the code builder, the JVM slot of each local, the loops
 * it is inside, the values held on the operand stack, and code placed after the body.
 */
final class Emitter {
    /** A loop being compiled: where `continue` and `break` jump, the values held when it began, and its value's slot (or -1). */
    record Loop(Label cont, Label brk, int held, Repr value, int valueSlot) {}

    /** The class this method belongs to. */
    final GeneratedClass owner;
    final CodeBuilder code;
    /** JVM slot of each local by index, -1 for none. */
    final int[] slots;
    /** What the function returns (unit for a function that never returns). */
    final Repr result;
    /** The slot of the frame an interpreted part runs over (allocated by the prologue). */
    int frameSlot;
    final Deque<Loop> loops = new ArrayDeque<>();
    /** Values on the operand stack below the expression being compiled: `break` and `continue` need none. */
    int held;
    private int line = -1;
    private final List<Runnable> outOfLine = new ArrayList<>();

    final Expressions expressions;
    final Operators operators;
    final ControlFlow flow;
    final Patterns patterns;
    final Structs structs;
    final Containers containers;
    final Calls calls;
    final Closures closures;
    final Islands islands;
    /** The on-stack-replacement entry this method is, or null. */
    final OnStackReplacement osr;

    /** {@code osrLoop}: the loop an OSR entry method enters, or null for a function's (or closure's) body. */
    Emitter(GeneratedClass owner, CodeBuilder code, TExpr osrLoop) {
        this.owner = owner;
        this.code = code;
        this.slots = new int[Math.max(owner.fn.localCount(), 1)];
        Arrays.fill(slots, -1);
        Repr r = Repr.of(owner.fn.result());
        this.result = r == Repr.N ? Repr.V : r;
        this.expressions = new Expressions(this);
        this.operators = new Operators(this);
        this.flow = new ControlFlow(this);
        this.patterns = new Patterns(this);
        this.structs = new Structs(this);
        this.containers = new Containers(this);
        this.calls = new Calls(this);
        this.closures = new Closures(this);
        this.islands = new Islands(this);
        this.osr = osrLoop == null ? null : new OnStackReplacement(this, osrLoop);
    }

    /** Leaves a value of {@code Repr.of(e.type())}. */
    void gen(TExpr e) {
        expressions.gen(e);
    }

    void genAs(TExpr e, Repr want) {
        if (want == Repr.I && e instanceof TExpr.Local l && slotRepr(l.local()) == Repr.I) {
            code.iload(slot(l.local()));
            return;
        }
        if (want == Repr.I && e instanceof TExpr.Const c && fitsInt(c)) {
            code.loadConstant((int) (long) (Long) c.value());
            return;
        }
        gen(e);
        coerce(Repr.of(e.type()), want);
    }

    /** Whether every value of {@code e}, an Int, fits an int ({@link Counters#fitsInt}): it can be generated as {@link Repr#I}. */
    boolean fitsInt(TExpr e) {
        return Counters.fitsInt(e, owner.narrow());
    }

    /** What a local's slot holds: {@link Repr#slot}, or an int for an Int local whose every value fits one. */
    Repr slotRepr(TLocal l) {
        return owner.narrow().contains(l) ? Repr.I : Repr.slot(l);
    }

    /** Generates {@code e} while {@code n} values are held on the operand stack below it. */
    void genHeld(TExpr e, Repr want, int n) {
        held += n;
        genAs(e, want);
        held -= n;
    }

    void coerce(Repr from, Repr to) {
        Repr.coerce(code, from, to);
    }

    /** A line number entry when {@code pos} starts another line. */
    void lineAt(Pos pos) {
        if (pos != null && pos.line() > 0 && pos.line() != line) {
            line = pos.line();
            code.lineNumber(line);
        }
    }

    /** Pushes {@code e}'s line and column (the position arguments of JitRuntime's checks). */
    void pos(TExpr e) {
        code.loadConstant(e.pos().line());
        code.loadConstant(e.pos().column());
    }

    /** Pushes a constant of the class, read from its static field. */
    void getConstant(Recipe recipe, ClassDesc type) {
        code.getstatic(owner.self, owner.constant(recipe, type), type);
    }

    /** Code to place after the method's body (a handler's), emitted by {@link #emitOutOfLine}. */
    void outOfLine(Runnable emit) {
        outOfLine.add(emit);
    }

    void emitOutOfLine() {
        for (Runnable r : outOfLine) r.run();
    }

    int slot(TLocal l) {
        int s = slots[l.index()];
        if (s < 0) throw new Unsupported("local `" + l.name() + "` has no slot");
        return s;
    }

    /** Reads a local (through its Box when closures capture it by reference). */
    void loadLocal(TLocal l) {
        if (l.boxed()) {
            code.aload(slot(l));
            code.checkcast(Descs.BOX);
            code.getfield(Descs.BOX, "value", CD_Object);
            coerce(Repr.A, Repr.of(l.type()));
            return;
        }
        Repr r = slotRepr(l);
        if (r != Repr.V) r.load(code, slot(l));
        coerce(r, Repr.of(l.type()));
    }

    /**
     * Binds a local (`let`, a pattern, a loop variable) to the value of representation {@code r} on
     * the stack; a local captured by reference gets a fresh Box, as in the interpreter.
     */
    void bindLocal(TLocal l, Repr r) {
        if (l.boxed()) {
            coerce(r, Repr.A);
            code.new_(Descs.BOX);
            code.dup_x1();
            code.swap();
            code.invokespecial(Descs.BOX, "<init>", MethodTypeDesc.of(CD_void, CD_Object));
            code.astore(slot(l));
            return;
        }
        Repr want = slotRepr(l);
        coerce(r, want);
        if (want != Repr.V) want.store(code, slot(l));
    }
}
