package org.tlang.hotpatch.reload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tlang.api.Diagnostic;
import org.tlang.spi.program.ModuleVersion;

/**
 * The modules that use a replaced module must still fit it: every pub item they use must still
 * exist, with the signature they were checked against. Modules reloaded in the same transaction
 * were checked against each other's new versions already.
 */
final class Dependents {
    private Dependents() {}

    /** Why {@code fresh} (replacing {@code old}) breaks a module of {@code loaded} outside {@code together}; empty if it does not. */
    static List<Diagnostic> broken(ModuleVersion old, ModuleVersion fresh, List<ModuleVersion> loaded, List<String> together) {
        Map<String, String> offered = fresh.offers();
        List<Diagnostic> out = new ArrayList<>();
        String file = old.displayName();
        for (ModuleVersion dep : loaded) {
            if (dep.name().equals(old.name()) || together.contains(dep.name())) continue;
            for (Map.Entry<String, String> use : dep.uses().entrySet()) {
                String key = use.getKey();
                if (!key.startsWith(old.name() + ".")) continue;
                String item = key.substring(old.name().length() + 1);
                if (item.contains(".")) continue; // an item of a module nested below this one
                String now = offered.get(item);
                if (now == null) {
                    out.add(Diagnostic.error(file, "the new version of " + old.name() + " removes or hides `" + item + "`, which "
                            + dep.name() + " (" + dep.displayName() + ") uses as `" + use.getValue() + "`"));
                } else if (!now.equals(use.getValue())) {
                    out.add(Diagnostic.error(file, "the new version of " + old.name() + " changes `" + item + "` to `" + now + "`, but "
                            + dep.name() + " (" + dep.displayName() + ") uses it as `" + use.getValue() + "`"));
                }
            }
        }
        return out;
    }
}
