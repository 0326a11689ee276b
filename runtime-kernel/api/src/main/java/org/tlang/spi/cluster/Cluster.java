package org.tlang.spi.cluster;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The cluster this runtime joined ({@code [cluster]} in its profile). Members are runtimes in
 * other JVMs (or on other machines); what crosses to them is bytes, whose form the caller chooses.
 */
public interface Cluster {

    /** This runtime's member id. */
    String self();

    /** The members now, this one included, oldest first. */
    List<ClusterMember> members();

    /**
     * Runs {@code request} through the handler that member {@code member} (an id of
     * {@link #members}) {@link #serve serves} as {@code service}, and completes with its answer. It
     * completes exceptionally with a {@link ClusterException} when the member is unknown, serves no
     * such handler, or the handler failed, and with a {@link MemberGoneException} when the member
     * leaves (is killed) before it answered.
     */
    CompletableFuture<byte[]> call(String member, String service, byte[] request);

    /**
     * What this member answers to {@link #call}s of {@code service} (e.g. {@code std.cluster}, the
     * hot-patch bundle's {@code tlang.reload}); one handler per service (a second replaces the
     * first); {@code null} serves none. The handler runs on a thread of the engine and may block.
     */
    void serve(String service, Function<byte[], byte[]> handler);

    /** The map {@code name}, shared by every member, each entry kept on one member and backed up on {@code backups()} others. */
    SharedMap map(String name);

    /** The topic {@code name}: what a member publishes, every subscriber on every member receives. */
    SharedTopic topic(String name);
}
