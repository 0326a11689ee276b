import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.cluster.Member;
import com.hazelcast.map.IMap;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * The same calls as bench.t from plain Java on Hazelcast 5.7: a Callable squaring a number on
 * another member, one at a time, and IMap puts and gets of the same keys and values.
 *   java -cp hazelcast.jar ClusterBench.java serve PORT PORTS...      a member that only serves
 *   java -cp hazelcast.jar ClusterBench.java bench N PORT PORTS...    the measuring member
 */
public class ClusterBench {
    public static class Square implements Callable<Long>, Serializable {
        final long n;
        Square(long n) { this.n = n; }
        public Long call() { return n * n; }
    }

    public static void main(String[] args) throws Exception {
        boolean bench = args[0].equals("bench");
        int at = bench ? 2 : 1;
        Config config = new Config();
        config.setClusterName("bench-java");
        config.setClassLoader(ClusterBench.class.getClassLoader());
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(Integer.parseInt(args[at])).setPortAutoIncrement(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        for (int i = at + 1; i < args.length; i++) config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + args[i]);
        HazelcastInstance hz = Hazelcast.newHazelcastInstance(config);
        if (!bench) {
            System.out.println("serving");
            Thread.sleep(Long.MAX_VALUE);
        }
        int n = Integer.parseInt(args[1]);
        while (hz.getCluster().getMembers().size() < 3) Thread.sleep(100);
        Member other = hz.getCluster().getMembers().stream().filter(m -> !m.localMember()).findFirst().orElseThrow();
        IExecutorService exec = hz.getExecutorService("bench");
        for (int i = 0; i < 200; i++) exec.submitToMember(new Square(i), other).get();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) exec.submitToMember(new Square(i), other).get();
        long spawnNs = System.nanoTime() - start;
        IMap<Long, String> kv = hz.getMap("bench");
        for (long i = 0; i < 1000; i++) kv.put(i, "value");
        long start2 = System.nanoTime();
        for (long i = 0; i < n; i++) kv.put(i, "value");
        for (long i = 0; i < n; i++) kv.get(i);
        long mapNs = System.nanoTime() - start2;
        System.out.println("java spawn round trip " + spawnNs / n / 1000 + " us, map " + 2L * n * 1_000_000_000L / mapNs + " ops/s");
        hz.shutdown();
        System.exit(0);
    }
}
