package org.tlang.std.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.tlang.runtime.PanicException;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.cluster.ClusterMember;

/**
 * Where {@code cluster.spawn} runs a task: on the member with the fewest tasks this runtime has
 * running there (its own view of the load), the next in turn among equals.
 */
final class Placement {
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final AtomicLong turn = new AtomicLong();

    /** The member to run the next task on, of those not in {@code except}; null if every member is. */
    String leastLoaded(Cluster cluster, Set<String> except) {
        List<ClusterMember> members = cluster.members().stream().filter(m -> !except.contains(m.id())).toList();
        if (members.isEmpty()) {
            if (except.isEmpty()) throw new PanicException("cluster.spawn: the cluster has no members");
            return null;
        }
        int start = (int) (turn.getAndIncrement() % members.size());
        String best = null;
        int least = Integer.MAX_VALUE;
        for (int i = 0; i < members.size(); i++) {
            ClusterMember m = members.get((start + i) % members.size());
            int n = load(m.id()).get();
            if (n < least) {
                least = n;
                best = m.id();
            }
        }
        return best;
    }

    void started(String member) {
        load(member).incrementAndGet();
    }

    void ended(String member) {
        load(member).decrementAndGet();
    }

    private AtomicInteger load(String member) {
        return running.computeIfAbsent(member, k -> new AtomicInteger());
    }
}
