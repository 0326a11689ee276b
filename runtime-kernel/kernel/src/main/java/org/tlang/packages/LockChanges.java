package org.tlang.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tlang.api.Diagnostic;

/** What would change in {@code tlang.lock}, one error per package, for a run with {@code --locked}. */
final class LockChanges {
    private LockChanges() {}

    static List<Diagnostic> between(Lockfile old, Lockfile now, Map<String, String> wanted) {
        String refused = "--locked: " + Lockfile.FILE + " would change: ";
        List<Diagnostic> out = new ArrayList<>();
        if (old == null) {
            out.add(Diagnostic.error(Lockfile.FILE, refused + "there is none yet (run once without --locked to write it)"));
            return out;
        }
        for (Lockfile.Entry e : now.packages()) {
            Lockfile.Entry was = old.entry(e.name());
            String what;
            if (was == null) what = e.name() + " " + e.version() + " is not in it (a new dependency)";
            else if (!was.version().equals(e.version())) {
                what = e.name() + " is locked at " + was.version() + ", but \"" + wanted.get(e.name()) + "\" now resolves to " + e.version();
            } else if (!was.source().equals(e.source())) what = e.name() + " " + e.version() + " was from " + was.source() + ", now from " + e.source();
            else if (!was.checksum().equals(e.checksum())) {
                what = e.name() + " " + e.version() + ": its sources changed (checksum " + was.checksum() + " locked, " + e.checksum() + " now)";
            } else continue;
            out.add(Diagnostic.error(Lockfile.FILE, refused + what));
        }
        for (Lockfile.Entry was : old.packages()) {
            if (now.entry(was.name()) == null) {
                out.add(Diagnostic.error(Lockfile.FILE, refused + "it lists " + was.name() + " " + was.version() + ", which is no longer a dependency"));
            }
        }
        return out;
    }
}
