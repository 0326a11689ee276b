package org.tlang.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tlang.runtime.StaticCell;
import org.tlang.api.Diagnostic;
import org.tlang.tir.Pos;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.SourceUnit;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.TStatic;
import org.tlang.tir.Type;

/**
 * The statics of a reloaded module whose type changed. Each needs a migration in the new version,
 * {@code #[migrate(name)] fn f(old: OldType) -> NewType}, which turns the old value into the new
 * one before the switch; without one the reload is refused, naming the static, so state is never
 * lost silently.
 */
final class StaticMigrations {
    /** A static whose value {@code function} carries over from cell {@code from}. */
    record Planned(TStatic target, TFunction function, StaticCell from) {}

    private final LoadedModule old;
    private final TModule fresh;
    private final SourceUnit syntax;
    private final Function<Type, String> typeKey;
    private final Map<String, Item.Migrate> declared = new LinkedHashMap<>();
    private final List<Planned> planned = new ArrayList<>();
    private final List<Diagnostic> refusals = new ArrayList<>();

    StaticMigrations(LoadedModule old, TModule fresh, SourceUnit syntax, Function<Type, String> typeKey) {
        this.old = old;
        this.fresh = fresh;
        this.syntax = syntax;
        this.typeKey = typeKey;
        for (Item item : syntax.items()) {
            if (item instanceof Item.Migrate m) declared.put(m.staticName(), m);
        }
    }

    /**
     * Plans the migration of {@code s}, whose old cell {@code current} holds a value of another type.
     *
     * @return false if there is no fitting migration (the reason is kept in {@link #refusals()})
     */
    boolean plan(TStatic s, StaticCell current, String newKey) {
        String was = oldType(s.name(), current);
        Item.Migrate m = declared.get(s.name());
        if (m == null) {
            refusals.add(error(s.init().pos(), "the type of static `" + s.name() + "` changes from `" + was + "` to `" + s.type()
                    + "`: add `#[migrate(" + s.name() + ")] fn ..(old: " + was + ") -> " + s.type()
                    + "` to carry its value over; without one the reload is refused and the old version keeps running"));
            return false;
        }
        TFunction fn = fresh.function(m.function());
        boolean fits = fn != null && fn.params().size() == 1
                && typeKey.apply(fn.params().getFirst().type()).equals(current.type())
                && typeKey.apply(fn.result()).equals(newKey);
        if (!fits) {
            refusals.add(error(m.pos(), "`#[migrate(" + s.name() + ")] fn " + m.function() + "` must take the old value and return the new one: `fn "
                    + m.function() + "(old: " + was + ") -> " + s.type() + "`" + (fn == null ? "" : ", not `" + fn.signature() + "`")));
            return false;
        }
        planned.add(new Planned(s, fn, current));
        return true;
    }

    List<Planned> planned() {
        return planned;
    }

    List<String> migrated() {
        return planned.stream().map(p -> p.target().name()).toList();
    }

    List<Diagnostic> refusals() {
        return refusals;
    }

    /** Migrations that name no static of the module: a typo would otherwise go unnoticed until it mattered. */
    List<Diagnostic> unknown() {
        List<Diagnostic> out = new ArrayList<>();
        declared.forEach((name, m) -> {
            if (fresh.statics().stream().noneMatch(s -> s.name().equals(name) && !s.isConst())) {
                out.add(error(m.pos(), "`#[migrate(" + name + ")]`: this module has no `static " + name + "`"));
            }
        });
        return out;
    }

    private String oldType(String name, StaticCell current) {
        return old.tir().statics().stream().filter(s -> s.name().equals(name)).map(s -> s.type().toString())
                .findFirst().orElse(current.type());
    }

    private Diagnostic error(Pos pos, String message) {
        return syntax.source().diagnostic(org.tlang.api.Severity.ERROR, pos, message);
    }
}
