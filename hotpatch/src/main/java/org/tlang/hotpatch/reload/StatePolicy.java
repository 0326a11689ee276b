package org.tlang.hotpatch.reload;

import java.util.ArrayList;
import java.util.List;

import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.spi.program.StaticChange;
import org.tlang.spi.program.Staged;

/**
 * A program's state is never lost silently: a static whose type changes needs a migration in the
 * new version, {@code #[migrate(name)] fn f(old: OldType) -> NewType}, which turns the old value
 * into the new one before the switch. Without a fitting one the reload is refused, naming the
 * static, and the old version keeps running.
 */
final class StatePolicy {
    private StatePolicy() {}

    /** Decides every changed static of {@code stage} (migrates it); the refusals if some cannot be carried over. */
    static List<Diagnostic> decide(Staged stage) {
        List<Diagnostic> refusals = new ArrayList<>();
        for (StaticChange c : stage.changedStatics()) {
            StaticChange.Migration m = c.migration();
            if (m == null) {
                refusals.add(c.at().with(Severity.ERROR, "the type of static `" + c.name() + "` changes from `" + c.oldType() + "` to `"
                        + c.newType() + "`: add `#[migrate(" + c.name() + ")] fn ..(old: " + c.oldType() + ") -> " + c.newType()
                        + "` to carry its value over; without one the reload is refused and the old version keeps running"));
            } else if (!m.fits()) {
                refusals.add(m.at().with(Severity.ERROR, "`#[migrate(" + c.name() + ")] fn " + m.function()
                        + "` must take the old value and return the new one: `fn " + m.function() + "(old: " + c.oldType() + ") -> "
                        + c.newType() + "`" + (m.signature() == null ? "" : ", not `" + m.signature() + "`")));
            } else {
                stage.migrate(c);
            }
        }
        refusals.addAll(stage.strayMigrations());
        return refusals;
    }
}
