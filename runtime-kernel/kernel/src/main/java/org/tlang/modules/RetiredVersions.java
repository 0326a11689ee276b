package org.tlang.modules;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Module versions that a reload replaced but that are still reachable: a call still running in
 * one, or a closure it made that someone holds. Each version's functions share a token; once the
 * last of them becomes unreachable, the collector clears the token's weak reference and the
 * version is gone (its code unloaded).
 */
final class RetiredVersions {
    /** The token every function of one module version holds. */
    record Token(String module, int version) {}

    private static final class Ref extends WeakReference<Token> {
        final String label;

        Ref(Token token, ReferenceQueue<Token> queue) {
            super(token, queue);
            this.label = token.module() + " v" + token.version();
        }
    }

    private final ReferenceQueue<Token> queue = new ReferenceQueue<>();
    private final Set<Ref> alive = ConcurrentHashMap.newKeySet();
    private volatile int most;

    void retire(Token token) {
        alive.add(new Ref(token, queue));
        expunge();
        most = Math.max(most, alive.size());
    }

    /** Replaced versions still reachable now, e.g. {@code app.counter v3}. */
    List<String> alive() {
        expunge();
        List<String> labels = new ArrayList<>();
        for (Ref r : alive) labels.add(r.label);
        labels.sort(null);
        return labels;
    }

    /** The most replaced versions that were reachable at once. */
    int most() {
        return most;
    }

    private void expunge() {
        Reference<? extends Token> r;
        while ((r = queue.poll()) != null) alive.remove(r);
    }
}
