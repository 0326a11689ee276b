package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tlang.runtime.Safepoint;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.TExpr;
import org.tlang.tir.TLocal;
import org.tlang.tir.Type;

/**
 * Blocks, `if`, loops (`loop`, `while`, `for` over a range or a collection), `break`, `continue`
 * and `return`. A loop that is an on-stack-replacement entry starts at its body, with the state the
 * interpreter left. Every loop counts its back edges in one counter per method (the outermost
 * loop's) and polls {@link Safepoint} when it runs out, as the interpreter does per activation.
 */
final class ControlFlow {
    private final Emitter cx;
    private final CodeBuilder code;
    /** Loop counter steps that need no overflow check; see {@link Counters#uncheckedSteps}. */
    private final Set<TExpr> uncheckedSteps = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The `while` loops found {@link Counters.Short} in their blocks. */
    private final Map<TExpr, Counters.Short> shortLoops = new IdentityHashMap<>();
    /** The slot of the back edges left until the next safepoint poll, while inside a loop; else -1. */
    private int untilPoll = -1;

    ControlFlow(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    void ifElse(TExpr.If i) {
        Repr r = Repr.of(i.type());
        Label otherwise = code.newLabel();
        Label end = code.newLabel();
        cx.operators.jumpIf(i.cond(), false, otherwise);
        cx.genAs(i.then(), r);
        code.goto_(end);
        code.labelBinding(otherwise);
        if (i.otherwise() != null) cx.genAs(i.otherwise(), r);
        else cx.coerce(Repr.V, r);
        code.labelBinding(end);
    }

    void block(TExpr.Block b) {
        List<TExpr> statements = b.statements();
        for (int k = 0; k < statements.size(); k++) {
            if (statements.get(k) instanceof TExpr.Loop l) {
                Counters.Short s = Counters.shortLoop(l, statements.subList(0, k));
                if (s != null) shortLoops.put(l, s);
            }
            cx.genAs(statements.get(k), Repr.V);
        }
        if (b.result() != null) cx.genAs(b.result(), Repr.of(b.type()));
        else if (Repr.of(b.type()) != Repr.V && Repr.of(b.type()) != Repr.N) cx.coerce(Repr.V, Repr.of(b.type()));
    }

    void breakLoop(TExpr.Break b) {
        Emitter.Loop loop = cx.loops.peek();
        if (loop == null || cx.held != loop.held()) throw new Unsupported("break inside an expression");
        if (b.value() != null) {
            cx.genAs(b.value(), loop.value() == Repr.N ? Repr.V : loop.value());
            if (loop.valueSlot() >= 0) loop.value().store(code, loop.valueSlot());
        }
        code.goto_(loop.brk());
    }

    void continueLoop() {
        Emitter.Loop loop = cx.loops.peek();
        if (loop == null || cx.held != loop.held()) throw new Unsupported("continue inside an expression");
        code.goto_(loop.cont());
    }

    void returns(TExpr.Return r) {
        if (r.value() != null) cx.genAs(r.value(), cx.result);
        else cx.coerce(Repr.V, cx.result);
        if (cx.osr != null) {
            cx.coerce(cx.result, Repr.A);
            cx.osr.leave(true);
        } else {
            cx.result.ret(code);
        }
    }

    /** Whether {@code loop} is where this method, an on-stack-replacement entry, enters. */
    private boolean entersAt(TExpr loop) {
        return cx.osr != null && cx.osr.loop == loop;
    }

    /**
     * Starts counting back edges if {@code loop} is the outermost loop of this method: the counter
     * is set before the loop (and before an OSR entry's jump into it). True if it did.
     */
    private boolean countBackEdges() {
        if (untilPoll >= 0) return false;
        untilPoll = code.allocateLocal(TypeKind.INT);
        code.loadConstant(Safepoint.PERIOD);
        code.istore(untilPoll);
        return true;
    }

    /** A back edge of {@code loop}: one fewer left, and at none the poll (which may panic at the loop). */
    private void backEdge(TExpr loop) {
        Label go = code.newLabel();
        code.iinc(untilPoll, -1);
        code.iload(untilPoll);
        code.ifgt(go);
        cx.pos(loop);
        code.invokestatic(Descs.SAFEPOINT, "poll", MethodTypeDesc.of(CD_int, CD_int, CD_int));
        code.istore(untilPoll);
        code.labelBinding(go);
    }

    private void endCounting(boolean outermost) {
        if (outermost) untilPoll = -1;
    }

    /**
     * {@code s}, if {@code loop} may count its back edges when it ends: it is inside another loop
     * of this method (whose back edges poll), not where an OSR entry enters, and its counter is an int.
     */
    private Counters.Short countAtEnd(TExpr loop, Counters.Short s) {
        return s != null && untilPoll >= 0 && !entersAt(loop) && cx.slotRepr(s.counter()) == Repr.I ? s : null;
    }

    /** After a {@link Counters.Short} loop whose int counter is in {@code counter}: its iterations are back edges counted. */
    private void countTrips(Counters.Short s, int counter) {
        code.iload(untilPoll);
        code.iload(counter);
        if (s.down()) {
            code.iadd();
            code.loadConstant(s.start());
            code.isub();
        } else {
            code.isub();
            code.loadConstant(s.start());
            code.iadd();
        }
        code.istore(untilPoll);
    }

    /**
     * A loop run in strips: its counter (an int or long slot, {@code repr}) runs at most the back
     * edges left until the next poll from {@code start} to {@code limit} in one strip, which has no
     * poll in it; between strips the loop polls if due and counts the strip's iterations. HotSpot
     * sees each strip as a plain counted loop, where a poll call in the loop would keep it from
     * hoisting a Vec's fields and range checks (a Java twin of spectralnorm with a Vec-like class
     * ran 1.4x slower with one).
     */
    private record Strip(Repr repr, int counter, boolean inclusive, int start, int limit) {}

    /** A strip whose last iteration is at {@code limit} ({@code inclusive}, for `a..=b`) or before it. */
    private Strip strip(Repr repr, int counter, boolean inclusive) {
        return new Strip(repr, counter, inclusive, code.allocateLocal(repr.kind()), code.allocateLocal(repr.kind()));
    }

    /**
     * The head of a strip: polls if no back edges are left, then starts one at the counter:
     * {@code start = i; limit = JitRuntime.stripEnd(i, untilPoll, end)}, {@code end} a slot of the
     * strip's kind or -1 for none.
     */
    private void stripHead(Strip s, TExpr loop, int end) {
        Label due = code.newLabel();
        code.iload(untilPoll);
        code.ifgt(due);
        cx.pos(loop);
        code.invokestatic(Descs.SAFEPOINT, "poll", MethodTypeDesc.of(CD_int, CD_int, CD_int));
        code.istore(untilPoll);
        code.labelBinding(due);
        s.repr().load(code, s.counter());
        s.repr().store(code, s.start());
        s.repr().load(code, s.counter());
        code.iload(untilPoll);
        if (s.inclusive()) {
            code.iconst_1();
            code.isub();
        }
        if (end >= 0) s.repr().load(code, end);
        else if (s.repr() == Repr.I) code.loadConstant(Integer.MAX_VALUE);
        else code.loadConstant(Long.MAX_VALUE);
        ClassDesc k = s.repr().desc();
        code.invokestatic(Descs.RUNTIME, "stripEnd", MethodTypeDesc.of(k, k, CD_int, k));
        s.repr().store(code, s.limit());
    }

    /** Jumps to {@code done} when the strip has run all it may. */
    private void stripCheck(Strip s, Label done) {
        s.repr().load(code, s.counter());
        s.repr().load(code, s.limit());
        jumpPast(s.repr(), s.inclusive(), done);
    }

    /** Compares the two ints or longs on the stack: jumps to {@code to} if the first is past the second ({@code >}, or {@code >=} unless inclusive). */
    private void jumpPast(Repr r, boolean inclusive, Label to) {
        if (r == Repr.I) {
            if (inclusive) code.if_icmpgt(to);
            else code.if_icmpge(to);
        } else {
            code.lcmp();
            if (inclusive) code.ifgt(to);
            else code.ifge(to);
        }
    }

    /** Where a strip ends: at {@code done} it has run all it may (counted, the next one starts at {@code head}); at {@code left} the loop is left (counted). */
    private void stripExits(Strip s, Label done, Label head, Label left) {
        code.labelBinding(done);
        stripCount(s);
        code.goto_(head);
        code.labelBinding(left);
        stripCount(s);
    }

    /** The strip's iterations ({@code i - start}) are back edges counted. */
    private void stripCount(Strip s) {
        code.iload(untilPoll);
        s.repr().load(code, s.counter());
        s.repr().load(code, s.start());
        if (s.repr() == Repr.I) {
            code.isub();
        } else {
            code.lsub();
            code.l2i();
        }
        code.isub();
        code.istore(untilPoll);
    }

    boolean isUncheckedStep(TExpr.SetLocal s) {
        return uncheckedSteps.contains(s);
    }

    /** `i += 1` in a `while i < n` body (or `i -= 1` under `i > n`) that nothing else in the loop writes `i`: cannot overflow. */
    void uncheckedStep(TExpr.SetLocal s) {
        TExpr.Binary step = (TExpr.Binary) s.value();
        int i = cx.slot(s.local());
        if (cx.slotRepr(s.local()) == Repr.I) {
            code.iinc(i, step.op() == BinaryOp.ADD ? 1 : -1);
            return;
        }
        code.lload(i);
        code.lconst_1();
        if (step.op() == BinaryOp.ADD) code.ladd();
        else code.lsub();
        code.lstore(i);
    }

    void loop(TExpr.Loop l) {
        for (Counters.Step s : Counters.uncheckedSteps(l)) uncheckedSteps.add(s.set());
        Counters.Short counted = countAtEnd(l, shortLoops.get(l));
        TLocal stripped = counted == null ? Counters.stripCounter(l) : null;
        Repr value = l.cond() == null ? Repr.of(l.type()) : Repr.V;
        int valueSlot = -1;
        if (value != Repr.V && value != Repr.N) {
            valueSlot = code.allocateLocal(value.kind());
            value.pushDefault(code);
            value.store(code, valueSlot);
        }
        Label top = code.newLabel();
        Label test = code.newLabel();
        Label exit = code.newLabel();
        Label bodyStart = code.newLabel();
        Label stripDone = code.newLabel();
        Label left = code.newLabel();
        boolean outermost = countBackEdges();
        Strip strip = stripped == null ? null : strip(cx.slotRepr(stripped), cx.slot(stripped), false);
        // an OSR entry continues where the interpreter stands: at the start of the body
        if (entersAt(l)) {
            if (strip != null) stripHead(strip, l, -1);
            code.goto_(bodyStart);
        }
        code.labelBinding(top);
        if (strip != null) {
            stripHead(strip, l, -1);
            code.labelBinding(test);
            cx.operators.jumpIf(l.cond(), false, left);
        } else {
            if (counted == null) backEdge(l);
            if (l.cond() != null) cx.operators.jumpIf(l.cond(), false, exit);
        }
        code.labelBinding(bodyStart);
        cx.loops.push(new Emitter.Loop(strip != null ? test : top, strip != null ? left : exit, cx.held, value, valueSlot));
        cx.genAs(l.body(), Repr.V);
        cx.loops.pop();
        if (strip != null) {
            // checked after the body, so that a strip is entered at its head only (HotSpot gives up
            // on a loop entered in two places) and the condition is evaluated once an iteration;
            // each strip runs at least one iteration
            stripCheck(strip, stripDone);
            code.goto_(test);
            stripExits(strip, stripDone, top, left);
        } else {
            code.goto_(top);
        }
        code.labelBinding(exit);
        if (counted != null) countTrips(counted, cx.slot(counted.counter()));
        endCounting(outermost);
        if (valueSlot >= 0) value.load(code, valueSlot);
    }

    /** `for i in a..b`: a range of ints ({@link Counters#narrow}) counts in an int, as javac's `for (int i ...)` does. */
    void forRange(TExpr.ForRange r) {
        Repr c = cx.slotRepr(r.var()) == Repr.I ? Repr.I : Repr.J;
        Counters.Short counted = countAtEnd(r, Counters.shortLoop(r));
        int i = code.allocateLocal(c.kind());
        int end = code.allocateLocal(c.kind());
        Label top = code.newLabel();
        Label test = code.newLabel();
        Label next = code.newLabel();
        Label exit = code.newLabel();
        Label bodyStart = code.newLabel();
        Label stripDone = code.newLabel();
        Label left = code.newLabel();
        boolean outermost = countBackEdges();
        Strip strip = counted == null ? strip(c, i, r.inclusive()) : null;
        if (entersAt(r)) {
            // an OSR entry: the interpreter's counter and bound; the loop variable is already set
            code.lload(cx.osr.counter);
            cx.coerce(Repr.J, c);
            c.store(code, i);
            code.lload(cx.osr.bound);
            cx.coerce(Repr.J, c);
            c.store(code, end);
            if (strip != null) stripHead(strip, r, end);
            code.goto_(bodyStart);
        } else {
            cx.genAs(r.from(), c);
            c.store(code, i);
            cx.genAs(r.to(), c);
            c.store(code, end);
        }
        code.labelBinding(top);
        if (strip != null) {
            // the strip's limit is at most the range's end
            stripHead(strip, r, end);
            code.labelBinding(test);
            stripCheck(strip, stripDone);
        } else {
            c.load(code, i);
            c.load(code, end);
            jumpPast(c, r.inclusive(), exit);
        }
        c.load(code, i);
        cx.bindLocal(r.var(), c);
        code.labelBinding(bodyStart);
        cx.loops.push(new Emitter.Loop(next, strip != null ? left : exit, cx.held, Repr.V, -1));
        cx.genAs(r.body(), Repr.V);
        cx.loops.pop();
        code.labelBinding(next);
        if (r.inclusive()) {
            // `a..=b` with b the largest value ends after b; `a..b` cannot step past b
            c.load(code, i);
            if (c == Repr.I) {
                code.loadConstant(Integer.MAX_VALUE);
                code.if_icmpeq(strip != null ? left : exit);
            } else {
                code.loadConstant(Long.MAX_VALUE);
                code.lcmp();
                code.ifeq(strip != null ? left : exit);
            }
        }
        if (c == Repr.I) {
            code.iinc(i, 1);
        } else {
            code.lload(i);
            code.lconst_1();
            code.ladd();
            code.lstore(i);
        }
        code.goto_(strip != null ? test : top);
        if (strip != null) {
            // a strip ends at its limit: the range's end, or the next poll
            code.labelBinding(stripDone);
            stripCount(strip);
            c.load(code, i);
            c.load(code, end);
            jumpPast(c, r.inclusive(), exit);
            code.goto_(top);
            code.labelBinding(left);
            stripCount(strip);
        }
        code.labelBinding(exit);
        if (counted != null) countTrips(counted, i);
        endCounting(outermost);
    }

    /** Str, Map and Set: `for` goes over their items as they were when it began (Iteration.snapshot). */
    static boolean takenAtOnce(Type t) {
        return t == Type.STR || t instanceof Type.Named n && (n.name().equals("Map") || n.name().equals("Set"));
    }

    /**
     * `for x in items` by index: over a Vec re-reading its length each time, as the interpreter does
     * (pushes in the body are seen), or over the array of a Str's, Map's or Set's items ({@code snapshot}).
     */
    void forEach(TExpr.ForEach fe, boolean snapshot) {
        int items = code.allocateLocal(TypeKind.REFERENCE);
        int i = code.allocateLocal(TypeKind.INT);
        Label top = code.newLabel();
        Label next = code.newLabel();
        Label exit = code.newLabel();
        Label bodyStart = code.newLabel();
        Label test = code.newLabel();
        Label stripDone = code.newLabel();
        Label left = code.newLabel();
        boolean outermost = countBackEdges();
        Strip strip = strip(Repr.I, i, false);
        if (entersAt(fe)) {
            // an OSR entry: the interpreter left its items in the frame's completion, the item's index in i
            code.aload(cx.osr.frame);
            code.getfield(Descs.FRAME, "completion", CD_Object);
            code.checkcast(snapshot ? Descs.OBJECT_ARRAY : Descs.VEC);
            code.astore(items);
            code.lload(cx.osr.counter);
            code.l2i();
            code.istore(i);
            stripHead(strip, fe, -1);
            code.goto_(bodyStart);
        } else {
            cx.genAs(fe.iterable(), Repr.A);
            if (snapshot) code.invokestatic(Descs.ITERATION, "snapshot", MethodTypeDesc.of(Descs.OBJECT_ARRAY, CD_Object));
            else code.checkcast(Descs.VEC);
            code.astore(items);
            code.iconst_0();
            code.istore(i);
        }
        code.labelBinding(top);
        stripHead(strip, fe, -1);
        code.labelBinding(test);
        stripCheck(strip, stripDone);
        code.iload(i);
        code.aload(items);
        if (snapshot) code.arraylength();
        else code.invokevirtual(Descs.VEC, "size", MethodTypeDesc.of(CD_int));
        code.if_icmpge(left);
        if (Repr.of(fe.var().type()) != Repr.V || fe.var().boxed()) {
            code.aload(items);
            code.iload(i);
            if (snapshot) {
                code.aaload();
                cx.bindLocal(fe.var(), Repr.A);
            } else {
                Repr elem = Repr.element(fe.var().type());
                code.invokevirtual(Descs.VEC, "get" + (elem == Repr.A ? "Ref" : elem.suffix()), MethodTypeDesc.of(elem.desc(), CD_int));
                cx.bindLocal(fe.var(), elem);
            }
        }
        code.labelBinding(bodyStart);
        cx.loops.push(new Emitter.Loop(next, left, cx.held, Repr.V, -1));
        cx.genAs(fe.body(), Repr.V);
        cx.loops.pop();
        code.labelBinding(next);
        code.iinc(i, 1);
        code.goto_(test);
        stripExits(strip, stripDone, top, left);
        code.labelBinding(exit);
        endCounting(outermost);
    }
}
