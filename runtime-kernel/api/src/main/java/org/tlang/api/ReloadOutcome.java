package org.tlang.api;

import java.util.List;

/**
 * What a reload, patch or rollback did. When {@code applied} is false the old version keeps
 * serving and {@code diagnostics} say why; {@link Report#reload} renders it.
 *
 * @param module          the module (or modules, comma-separated) the transaction was about
 * @param keptStatics     statics that kept their values
 * @param migratedStatics statics whose values a {@code #[migrate]} function carried over
 * @param resetStatics    statics that started over from their initialisers
 * @param switchNanos     how long the switch itself took
 */
public record ReloadOutcome(boolean applied, String module, List<Diagnostic> diagnostics, List<String> keptStatics,
                            List<String> migratedStatics, List<String> resetStatics, long switchNanos) {
    public ReloadOutcome {
        diagnostics = List.copyOf(diagnostics);
        keptStatics = List.copyOf(keptStatics);
        migratedStatics = List.copyOf(migratedStatics);
        resetStatics = List.copyOf(resetStatics);
    }

    public static ReloadOutcome refused(String module, List<Diagnostic> diagnostics) {
        return new ReloadOutcome(false, module, diagnostics, List.of(), List.of(), List.of(), 0);
    }

    /** {@link Report#reload} of this. */
    public String render() {
        return Report.reload(this);
    }

    /** A refusal with one error that has no position in a file. */
    public static ReloadOutcome refused(String module, String file, String message) {
        return refused(module, List.of(Diagnostic.error(file, message)));
    }
}
