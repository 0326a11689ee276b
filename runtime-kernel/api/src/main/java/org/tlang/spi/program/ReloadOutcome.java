package org.tlang.spi.program;

import java.util.List;
import java.util.stream.Collectors;
import org.tlang.api.Diagnostic;

/**
 * What a reload did. When {@code applied} is false the old version keeps serving and
 * {@code diagnostics} say why.
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

    public String render() {
        if (!applied) {
            return "reload of " + module + " refused; the old version keeps running\n"
                    + diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
        }
        StringBuilder sb = new StringBuilder("reloaded ").append(module)
                .append(" (switch ").append(switchNanos / 1000).append(" µs)");
        if (!keptStatics.isEmpty()) sb.append("; kept ").append(String.join(", ", keptStatics));
        if (!migratedStatics.isEmpty()) sb.append("; migrated ").append(String.join(", ", migratedStatics));
        if (!resetStatics.isEmpty()) sb.append("; reset ").append(String.join(", ", resetStatics));
        return sb.append('\n').toString();
    }
}
