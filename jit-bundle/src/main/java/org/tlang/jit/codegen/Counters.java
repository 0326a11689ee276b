package org.tlang.jit.codegen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.TExpr;
import org.tlang.tir.TLocal;
import org.tlang.tir.Type;

/**
 * Loop counters: which steps of a `while` loop cannot overflow ({@link #uncheckedSteps}), and
 * which Int locals never hold a value outside a JVM int ({@link #narrow}). Those get an int slot:
 * HotSpot makes an int-counted loop of them (unrolled, range checks hoisted), which it does not
 * make of a long counter with a second exit; `while i < 50 && x <= 4.0` with a long `i` runs
 * 1.9x slower in plain Java too.
 */
final class Counters {
    /** A step `i += 1` (or `i -= 1`) of a loop whose condition says `i < e` or `e > i` (or `i > e`, `e < i`) for each of {@code bounds}. */
    record Step(TExpr.SetLocal set, List<TExpr> bounds) {}

    /** The built-ins whose result is a length, which never exceeds an int. */
    private static final Set<String> LENGTHS = Set.of("Vec.len", "Str.len", "Map.len", "Set.len", "Bytes.len");

    private Counters() {}

    /**
     * The statements of a `while i < n` body that are `i += 1` when nothing else in the loop writes
     * `i` (or `i -= 1` under `i > n`): the condition held with this `i`, so the step cannot
     * overflow, and without a check HotSpot sees a counted loop (range-check elimination, unrolling).
     * The comparison may be any operand of a chain of `&&` (`while i < 50 && x <= 4.0`): they all
     * held; and the step any statement of the body, not only the last (`lo += 1; hi -= 1;`).
     */
    static List<Step> uncheckedSteps(TExpr.Loop l) {
        if (l.cond() == null || !(l.body() instanceof TExpr.Block b)) return List.of();
        List<Step> steps = new ArrayList<>();
        for (TExpr st : b.statements()) {
            if (!(st instanceof TExpr.SetLocal set)) continue;
            TLocal i = set.local();
            if (i.type() != Type.INT || i.boxed()) continue;
            if (!(set.value() instanceof TExpr.Binary step) || !(step.left() instanceof TExpr.Local l2) || l2.local() != i
                    || !(step.right() instanceof TExpr.Const one) || !Long.valueOf(1).equals(one.value())) continue;
            BinaryOp op = step.op() == BinaryOp.ADD ? BinaryOp.LT : step.op() == BinaryOp.SUB ? BinaryOp.GT : null;
            List<TExpr> bounds = new ArrayList<>();
            if (op != null) bounds(l.cond(), i, op, bounds);
            if (bounds.isEmpty()) continue;
            Set<TLocal> written = new HashSet<>();
            Tir.locals(l.cond(), x -> {}, written::add);
            for (TExpr other : b.statements()) if (other != st) Tir.locals(other, x -> {}, written::add);
            if (b.result() != null) Tir.locals(b.result(), x -> {}, written::add);
            if (!written.contains(i)) steps.add(new Step(set, List.copyOf(bounds)));
        }
        return steps;
    }

    /**
     * Adds every {@code e} for which {@code cond}, when true, says {@code i op e}: it is that
     * comparison or its mirror ({@code e > i} for {@code i < e}: the `hi -= 1` of `while lo < hi`),
     * or a `&&` with it on one side.
     */
    private static void bounds(TExpr cond, TLocal i, BinaryOp op, List<TExpr> out) {
        if (!(cond instanceof TExpr.Binary c)) return;
        BinaryOp mirror = op == BinaryOp.LT ? BinaryOp.GT : BinaryOp.LT;
        if (c.op() == BinaryOp.AND) {
            bounds(c.left(), i, op, out);
            bounds(c.right(), i, op, out);
        } else if (c.op() == op && c.left() instanceof TExpr.Local counter && counter.local() == i) {
            out.add(c.right());
        } else if (c.op() == mirror && c.right() instanceof TExpr.Local counter && counter.local() == i) {
            out.add(c.left());
        }
    }

    /**
     * The Int locals of {@code body} (not {@code given}: parameters and captured values, which
     * arrive as longs) whose every value fits an int: each write to one is an int constant, a
     * length, another such local, the unchecked step of a loop bounded by one of those, or the
     * variable of a `for` over a range of them. A local bound by a pattern or a `for` over items
     * is not one. The largest such set: a local assigned only from another that is only assigned
     * from the first holds only the constants they started from.
     */
    static Set<TLocal> narrow(TExpr body, Collection<TLocal> given) {
        Map<TLocal, List<Predicate<Set<TLocal>>>> writes = new java.util.LinkedHashMap<>();
        collect(body, writes, new IdentityHashMap<>());
        Set<TLocal> narrow = new LinkedHashSet<>();
        for (TLocal l : writes.keySet()) if (l.type() == Type.INT && !l.boxed() && !given.contains(l)) narrow.add(l);
        boolean changed = true;
        while (changed) {
            changed = narrow.removeIf(l -> !writes.get(l).stream().allMatch(fits -> fits.test(narrow)));
        }
        return narrow;
    }

    private static void collect(TExpr e, Map<TLocal, List<Predicate<Set<TLocal>>>> writes, Map<TExpr, Step> steps) {
        switch (e) {
            case TExpr.Loop l -> uncheckedSteps(l).forEach(s -> steps.put(s.set(), s));
            case TExpr.Let l -> write(writes, l.local(), n -> fitsInt(l.init(), n));
            case TExpr.SetLocal s -> {
                Step step = steps.get(s);
                write(writes, s.local(), n -> fitsInt(s.value(), n)
                        || step != null && step.bounds().stream().anyMatch(b -> fitsInt(b, n)));
            }
            case TExpr.ForRange r -> write(writes, r.var(), n -> fitsInt(r.from(), n) && fitsInt(r.to(), n));
            default -> {}
        }
        // every other way a local gets a value (a pattern, a `for` over items, a match's scrutinee) may not fit
        Set<TLocal> others = new HashSet<>();
        switch (e) {
            case TExpr.ForEach f -> others.add(f.var());
            case TExpr.Match m -> {
                if (m.scrutineeLocal() != null) others.add(m.scrutineeLocal());
                for (TExpr.Arm a : m.arms()) Tir.binds(a.pattern(), others::add);
            }
            case TExpr.Destructure d -> Tir.binds(d.pattern(), others::add);
            default -> {}
        }
        for (TLocal l : others) write(writes, l, n -> false);
        for (TExpr c : Tir.children(e)) collect(c, writes, steps);
    }

    private static void write(Map<TLocal, List<Predicate<Set<TLocal>>>> writes, TLocal l, Predicate<Set<TLocal>> fits) {
        writes.computeIfAbsent(l, x -> new ArrayList<>()).add(fits);
    }

    /** Whether every value of {@code e} fits an int, given the locals in {@code narrow} do: an int constant, a length, or one of them. */
    static boolean fitsInt(TExpr e, Set<TLocal> narrow) {
        return switch (e) {
            case TExpr.Const c -> c.value() instanceof Long v && v == (int) (long) v;
            case TExpr.Local l -> narrow.contains(l.local());
            case TExpr.Intrinsic in -> LENGTHS.contains(in.name());
            default -> false;
        };
    }

    /**
     * A loop that runs at most {@link org.tlang.runtime.Safepoint#PERIOD} times each time it is
     * entered, counted by an int {@code counter} that starts at {@code start}: its iterations are
     * counted once it ends ({@code counter - start} of them, or {@code start - counter} for a
     * `-= 1` step), not at each back edge, so that the innermost loop of `while i < 50 && x <= 4.0`
     * is as plain as javac's. The poll check in it would halve its speed, in plain Java too.
     */
    record Short(TLocal counter, int start, boolean down) {}

    /**
     * {@code l} as a {@link Short} loop, or null: a `while` whose unchecked step `i += 1` is bounded
     * by an int constant, where {@code before} (the statements of its block before it) last sets
     * `i` to an int constant, and no `continue` of its own skips the step.
     */
    static Short shortLoop(TExpr.Loop l, List<TExpr> before) {
        for (Step s : uncheckedSteps(l)) {
            TLocal i = s.set().local();
            Long start = constantSet(before, i);
            if (start == null || start != (int) (long) start || continues(l.body())) continue;
            boolean down = ((TExpr.Binary) s.set().value()).op() == BinaryOp.SUB;
            for (TExpr b : s.bounds()) {
                if (!(b instanceof TExpr.Const c) || !(c.value() instanceof Long end) || end != (int) (long) end) continue;
                long trips = down ? start - end : end - start;
                if (trips <= org.tlang.runtime.Safepoint.PERIOD) return new Short(i, (int) (long) start, down);
            }
        }
        return null;
    }

    /** `for i in a..b` as a {@link Short} loop when {@code a} and {@code b} are int constants, or null. */
    static Short shortLoop(TExpr.ForRange r) {
        if (!(r.from() instanceof TExpr.Const a) || !(a.value() instanceof Long from) || from != (int) (long) from
                || !(r.to() instanceof TExpr.Const b) || !(b.value() instanceof Long to) || to != (int) (long) to) return null;
        return to - from < org.tlang.runtime.Safepoint.PERIOD ? new Short(r.var(), (int) (long) from, false) : null;
    }

    /**
     * The counter of {@code l} if it can run in strips between polls: the local of an unchecked
     * step `i += 1` (so each iteration adds one to it, and the strip ends) in a body with no
     * `continue` of its own (which would skip the step); else null.
     */
    static TLocal stripCounter(TExpr.Loop l) {
        if (continues(l.body())) return null;
        for (Step s : uncheckedSteps(l)) {
            if (((TExpr.Binary) s.set().value()).op() == BinaryOp.ADD) return s.set().local();
        }
        return null;
    }

    /** The constant the last of {@code statements} that writes {@code i} sets it to, or null if that one sets no constant. */
    private static Long constantSet(List<TExpr> statements, TLocal i) {
        for (int k = statements.size() - 1; k >= 0; k--) {
            TExpr st = statements.get(k);
            Set<TLocal> written = new HashSet<>();
            Tir.locals(st, x -> {}, written::add);
            if (!written.contains(i)) continue;
            TExpr value = st instanceof TExpr.Let let && let.local() == i ? let.init()
                    : st instanceof TExpr.SetLocal set && set.local() == i ? set.value() : null;
            return value instanceof TExpr.Const c && c.value() instanceof Long v ? v : null;
        }
        return null;
    }

    /** Whether {@code e} holds a `continue` of the loop it is the body of (not of a loop inside it). */
    private static boolean continues(TExpr e) {
        if (e instanceof TExpr.Continue) return true;
        if (e instanceof TExpr.Loop || e instanceof TExpr.ForRange || e instanceof TExpr.ForEach) return false;
        for (TExpr c : Tir.children(e)) if (continues(c)) return true;
        return false;
    }
}
