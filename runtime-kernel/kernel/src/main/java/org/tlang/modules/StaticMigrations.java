package org.tlang.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.SourceUnit;
import org.tlang.runtime.StaticCell;
import org.tlang.spi.program.StaticChange;
import org.tlang.tir.Pos;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.TStatic;
import org.tlang.tir.Type;

/**
 * The {@code #[migrate(name)] fn f(old: OldType) -> NewType} functions a new version of a module
 * declares, and how the statics whose type changed line up with them. Whether a reload without a
 * fitting migration goes ahead is the caller's decision.
 */
final class StaticMigrations {
    private final LoadedModule old;
    private final TModule fresh;
    private final SourceUnit syntax;
    private final Function<Type, String> typeKey;
    private final Map<String, Item.Migrate> declared = new LinkedHashMap<>();

    StaticMigrations(LoadedModule old, TModule fresh, SourceUnit syntax, Function<Type, String> typeKey) {
        this.old = old;
        this.fresh = fresh;
        this.syntax = syntax;
        this.typeKey = typeKey;
        for (Item item : syntax.items()) {
            if (item instanceof Item.Migrate m) declared.put(m.staticName(), m);
        }
    }

    /** The change of {@code s}, whose old cell {@code current} holds a value of another type. */
    StaticChange change(TStatic s, StaticCell current, String newKey) {
        Item.Migrate m = declared.get(s.name());
        StaticChange.Migration migration = null;
        if (m != null) {
            TFunction fn = fresh.function(m.function());
            boolean fits = fn != null && fn.params().size() == 1
                    && typeKey.apply(fn.params().getFirst().type()).equals(current.type())
                    && typeKey.apply(fn.result()).equals(newKey);
            migration = new StaticChange.Migration(m.function(), fn == null ? null : fn.signature().toString(), fits, at(m.pos()));
        }
        return new StaticChange(fresh.name(), s.name(), oldType(s.name(), current), s.type().toString(), at(s.init().pos()), migration);
    }

    /** The function a migration names (checked to fit by {@link #change}). */
    TFunction function(StaticChange.Migration migration) {
        return fresh.function(migration.function());
    }

    /** Migrations that name no static of the module: a typo would otherwise go unnoticed until it mattered. */
    List<Diagnostic> unknown() {
        List<Diagnostic> out = new ArrayList<>();
        declared.forEach((name, m) -> {
            if (fresh.statics().stream().noneMatch(s -> s.name().equals(name) && !s.isConst())) {
                out.add(at(m.pos()).with(Severity.ERROR, "`#[migrate(" + name + ")]`: this module has no `static " + name + "`"));
            }
        });
        return out;
    }

    private String oldType(String name, StaticCell current) {
        return old.tir().statics().stream().filter(s -> s.name().equals(name)).map(s -> s.type().toString())
                .findFirst().orElse(current.type());
    }

    private Diagnostic at(Pos pos) {
        return syntax.source().diagnostic(Severity.ERROR, pos, "");
    }
}
