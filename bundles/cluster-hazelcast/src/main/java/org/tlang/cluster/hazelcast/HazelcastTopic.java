package org.tlang.cluster.hazelcast;

import java.util.UUID;
import java.util.function.Consumer;

import com.hazelcast.topic.ITopic;
import org.tlang.spi.cluster.SharedTopic;

final class HazelcastTopic implements SharedTopic {
    private final ITopic<byte[]> topic;

    HazelcastTopic(ITopic<byte[]> topic) {
        this.topic = topic;
    }

    @Override
    public void publish(byte[] message) {
        topic.publish(message);
    }

    @Override
    public AutoCloseable subscribe(Consumer<byte[]> receiver) {
        UUID id = topic.addMessageListener(m -> receiver.accept(m.getMessageObject()));
        return () -> topic.removeMessageListener(id);
    }
}
