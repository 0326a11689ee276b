package org.tlang.cluster.hazelcast;

import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import org.tlang.spi.cluster.ClusterException;

/** A call as it travels to the member that answers it: only the request's bytes; there, that member's handler answers. */
final class RemoteCall implements Callable<byte[]>, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 1L;

    private final byte[] request;
    private transient HazelcastInstance member;

    RemoteCall(byte[] request) {
        this.request = request;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] call() {
        Object handler = member.getUserContext().get(HazelcastCluster.HANDLER);
        if (!(handler instanceof Function<?, ?> f)) {
            throw new ClusterException("member " + member.getCluster().getLocalMember().getAddress() + " serves no calls (no program there uses std.cluster)");
        }
        return ((Function<byte[], byte[]>) f).apply(request);
    }
}
