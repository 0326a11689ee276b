package org.tlang.cluster.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.TcpIpConfig;

/** The Hazelcast configuration of a member, from the {@code [cluster]} settings; nothing read from files or the environment. */
final class MemberConfig {
    private MemberConfig() {}

    static Config of(HazelcastCluster.Config settings) {
        Config config = new Config();
        config.setClusterName(settings.name());
        config.setClassLoader(MemberConfig.class.getClassLoader());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // a killed member is seen within the failure timeout: heartbeats every second, silence for that long is death
        int timeoutSeconds = Math.max(1, (settings.failure$_$timeout$_$ms() + 999) / 1000);
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(timeoutSeconds));
        config.setProperty("hazelcast.heartbeat.failuredetector.type", "deadline");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.join.seconds", Integer.toString(Math.max(1, (settings.join$_$timeout$_$ms() + 999) / 1000)));
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(settings.port$_$count() > 1).setPortCount(settings.port$_$count());
        JoinConfig join = network.getJoin();
        join.getAutoDetectionConfig().setEnabled(false);
        join.getMulticastConfig().setEnabled(settings.multicast());
        TcpIpConfig tcp = join.getTcpIpConfig().setEnabled(!settings.multicast());
        for (String member : settings.members()) tcp.addMember(member.trim());
        config.getMapConfig("default").setBackupCount(settings.backups());
        config.getExecutorConfig(HazelcastCluster.EXECUTOR).setPoolSize(settings.threads());
        return config;
    }
}
