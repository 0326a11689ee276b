package org.tlang.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;

/** What would change in {@code tlang.lock}, one error per package, for a run with {@code --locked}. */
final class LockChanges {
    private LockChanges() {}

    /**
     * @param wanted   the range each package was first required with, by {@link Resolver#key}
     * @param lockText the lock file as it is on disk (to place each change at its package's entry), or null
     */
    static List<Diagnostic> between(Lockfile old, Lockfile now, Map<String, String> wanted, String lockText) {
        String[] lines = lockText == null ? new String[0] : lockText.split("\r?\n", -1);
        String refused = "--locked: " + Lockfile.FILE + " would change: ";
        List<Diagnostic> out = new ArrayList<>();
        if (old == null) {
            out.add(Diagnostic.error(Lockfile.FILE, refused + "there is none yet (run once without --locked to write it)"));
            return out;
        }
        for (Lockfile.Entry e : now.packages()) {
            Lockfile.Entry was = old.entry(e.name(), e.version().line());
            if (was == null && old.entries(e.name()).size() == 1 && now.entries(e.name()).size() == 1) was = old.entries(e.name()).getFirst();
            String what;
            if (was == null) what = e.name() + " " + e.version() + " is not in it (a new dependency)";
            else if (!was.version().equals(e.version())) {
                what = e.name() + " is locked at " + was.version() + ", but \"" + wanted.get(Resolver.key(e.name(), e.version())) + "\" now resolves to " + e.version();
            } else if (!was.source().equals(e.source())) what = e.name() + " " + e.version() + " was from " + was.source() + ", now from " + e.source();
            else if (!was.checksum().equals(e.checksum())) {
                what = e.name() + " " + e.version() + ": its sources changed (checksum " + was.checksum() + " locked, " + e.checksum() + " now)";
            } else continue;
            out.add(at(lines, e.name(), refused + what));
        }
        for (Lockfile.Entry was : old.packages()) {
            boolean moved = old.entries(was.name()).size() == 1 && now.entries(was.name()).size() == 1;
            if (now.entry(was.name(), was.version().line()) == null && !moved) {
                out.add(at(lines, was.name(), refused + "it lists " + was.name() + " " + was.version() + ", which is no longer a dependency"));
            }
        }
        return out;
    }

    /** At the {@code name = "..."} line of the package's entry, or the file as a whole when it has none. */
    private static Diagnostic at(String[] lines, String name, String message) {
        String wanted = "name = \"" + name + "\"";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals(wanted)) return new Diagnostic(Severity.ERROR, Lockfile.FILE, i + 1, 1, message, lines[i]);
        }
        return Diagnostic.error(Lockfile.FILE, message);
    }
}
