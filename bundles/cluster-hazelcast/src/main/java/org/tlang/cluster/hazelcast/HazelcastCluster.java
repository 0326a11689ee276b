package org.tlang.cluster.hazelcast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tlang.spi.Described;
import org.tlang.spi.Metered;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.cluster.ClusterException;
import org.tlang.spi.cluster.ClusterMember;
import org.tlang.spi.cluster.MemberGoneException;
import org.tlang.spi.cluster.SharedMap;
import org.tlang.spi.cluster.SharedTopic;

/**
 * This runtime as a member of a Hazelcast cluster: it joins when the profile's {@code [cluster]}
 * table binds it and leaves when it is unbound. Calls to a member go through a Hazelcast executor
 * to that member, where the handler this runtime {@link #serve serves} answers them.
 */
@Component(service = Cluster.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.cluster.hazelcast")
@Designate(ocd = HazelcastCluster.Config.class, factory = true)
public final class HazelcastCluster implements Cluster, Metered, Described {
    /** The prefix of the keys of this member's handlers (one per service) in the instance's user context, where {@link RemoteCall} finds them. */
    static final String HANDLER = "tlang.handler.";
    static final String EXECUTOR = "tlang.calls";

    /** Settings a profile gives under {@code [cluster]}. */
    @ObjectClassDefinition(id = "org.tlang.cluster.hazelcast", name = "cluster hazelcast", description = "An embedded Hazelcast member.")
    public @interface Config {
        @AttributeDefinition(description = "The cluster's name: only members of the same name join each other.")
        String name() default "tlang";

        @AttributeDefinition(cardinality = 64, required = false, description = "Members to join, host:port (TCP/IP join); none and multicast off: a cluster of one.")
        String[] members() default {};

        @AttributeDefinition(description = "Find members by multicast instead (off by default).")
        boolean multicast() default false;

        @AttributeDefinition(min = "1", max = "65535", description = "The first port this member tries.")
        int port() default 5701;

        @AttributeDefinition(min = "1", max = "1000", description = "How many ports from 'port' on it tries, the first free one taken.")
        int port$_$count() default 20;

        @AttributeDefinition(min = "1000", max = "600000", description = "A member silent this long is taken as dead and leaves the cluster.")
        int failure$_$timeout$_$ms() default 10000;

        @AttributeDefinition(min = "1000", max = "600000", description = "How long a starting member looks for the others before it forms a cluster of its own.")
        int join$_$timeout$_$ms() default 20000;

        @AttributeDefinition(min = "0", max = "6", description = "Copies of each map entry on other members.")
        int backups() default 1;

        @AttributeDefinition(min = "1", max = "4096", description = "Calls from other members this member runs at once.")
        int threads() default 64;
    }

    private final HazelcastInstance hazelcast;
    private final IExecutorService calls;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Activate
    public HazelcastCluster(Config config) {
        this(MemberConfig.of(config));
    }

    HazelcastCluster(com.hazelcast.config.Config config) {
        Thread thread = Thread.currentThread();
        ClassLoader was = thread.getContextClassLoader();
        // Hazelcast finds its own services and this bundle's classes through the context class loader
        thread.setContextClassLoader(HazelcastCluster.class.getClassLoader());
        try {
            this.hazelcast = Hazelcast.newHazelcastInstance(config);
        } finally {
            thread.setContextClassLoader(was);
        }
        this.calls = hazelcast.getExecutorService(EXECUTOR);
    }

    @Deactivate
    void deactivate() {
        hazelcast.shutdown();
    }

    @Override
    public String self() {
        return hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    @Override
    public List<ClusterMember> members() {
        List<ClusterMember> all = new ArrayList<>();
        for (Member m : hazelcast.getCluster().getMembers()) all.add(member(m));
        return all;
    }

    private static ClusterMember member(Member m) {
        return new ClusterMember(m.getUuid().toString(), m.getAddress().getHost() + ":" + m.getAddress().getPort(), m.localMember());
    }

    @Override
    public CompletableFuture<byte[]> call(String member, String service, byte[] request) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        Member target = null;
        for (Member m : hazelcast.getCluster().getMembers()) if (m.getUuid().toString().equals(member)) target = m;
        if (target == null) {
            answer.completeExceptionally(new ClusterException("no member " + member + " in cluster " + hazelcast.getConfig().getClusterName()));
            return answer;
        }
        String address = member(target).address();
        sent.incrementAndGet();
        calls.submitToMember(new RemoteCall(service, request), target, new ExecutionCallback<byte[]>() {
            @Override
            public void onResponse(byte[] response) {
                answer.complete(response);
            }

            @Override
            public void onFailure(Throwable t) {
                failed.incrementAndGet();
                answer.completeExceptionally(failure(address, t));
            }
        });
        return answer;
    }

    /** What a caller is told when its call did not come back: a member that left, or the handler's own failure. */
    private static ClusterException failure(String address, Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof ClusterException)) cause = cause.getCause();
        if (cause instanceof ClusterException c) return c;
        if (t instanceof MemberLeftException || cause instanceof MemberLeftException || t instanceof com.hazelcast.core.HazelcastInstanceNotActiveException
                || t instanceof com.hazelcast.spi.exception.TargetNotMemberException || t instanceof com.hazelcast.spi.exception.TargetDisconnectedException) {
            return new MemberGoneException("member " + address + " left the cluster before it answered");
        }
        return new ClusterException("member " + address + " failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
    }

    @Override
    public void serve(String service, Function<byte[], byte[]> handler) {
        if (handler == null) hazelcast.getUserContext().remove(HANDLER + service);
        else hazelcast.getUserContext().put(HANDLER + service, handler);
    }

    @Override
    public SharedMap map(String name) {
        return new HazelcastMap(hazelcast.getMap(name));
    }

    @Override
    public SharedTopic topic(String name) {
        return new HazelcastTopic(hazelcast.getTopic(name));
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("members", hazelcast.getCluster().getMembers().size());
        m.put("calls-sent", sent.get());
        m.put("calls-failed", failed.get());
        return m;
    }

    @Override
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        lines.add("cluster " + hazelcast.getConfig().getClusterName() + ", " + hazelcast.getCluster().getMembers().size() + " members");
        for (ClusterMember m : members()) lines.add("member " + m.address() + " " + m.id() + (m.self() ? " (this one)" : ""));
        return lines;
    }
}
