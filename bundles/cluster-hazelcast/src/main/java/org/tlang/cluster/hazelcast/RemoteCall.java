package org.tlang.cluster.hazelcast;

import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import org.tlang.spi.cluster.ClusterException;

/** A call as it travels to the member that answers it: the service's name and the request's bytes; there, that member's handler of the service answers. */
final class RemoteCall implements Callable<byte[]>, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final byte[] request;
    private transient HazelcastInstance member;

    RemoteCall(String service, byte[] request) {
        this.service = service;
        this.request = request;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] call() {
        Object handler = member.getUserContext().get(HazelcastCluster.HANDLER + service);
        if (!(handler instanceof Function<?, ?> f)) {
            throw new ClusterException("member " + member.getCluster().getLocalMember().getAddress() + " serves no " + service + " calls"
                    + (service.equals("std.cluster") ? " (no program there uses std.cluster)" : ""));
        }
        return ((Function<byte[], byte[]>) f).apply(request);
    }
}
