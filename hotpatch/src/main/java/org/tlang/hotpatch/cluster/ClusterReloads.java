package org.tlang.hotpatch.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tlang.hotpatch.cluster.Offer.Vote;
import org.tlang.hotpatch.reload.Reloaders;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.cluster.ClusterMember;
import org.tlang.spi.program.ModuleVersion;
import org.tlang.spi.program.RunningProgram;

/**
 * A reload offered to every member of the cluster this runtime joined, as a two-phase commit over
 * the cluster's calls (service {@value #SERVICE}): every member prepares the new versions and
 * votes; if all vote yes within {@link #VOTE}, every member commits, else every member drops them
 * and the old versions keep serving everywhere. Each member answers through its {@link Participant}.
 */
@Component(service = ClusterReloads.class, immediate = true)
public final class ClusterReloads {
    static final String SERVICE = "tlang.reload";
    /** How long the member that offers a reload waits for each member's vote (and each commit's answer). */
    static final Duration VOTE = Duration.ofSeconds(30);

    /** What became of a reload offered to the cluster: committed everywhere or not, and each member's answer. */
    public record Decision(boolean committed, String report) {}

    private final List<RunningProgram> programs = new CopyOnWriteArrayList<>();
    private final Participant participant;
    private volatile Cluster cluster;

    @Activate
    public ClusterReloads(@Reference Reloaders reloaders) {
        this.participant = new Participant(reloaders, () -> List.copyOf(programs));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindProgram(RunningProgram program) {
        programs.add(program);
    }

    void unbindProgram(RunningProgram program) {
        programs.remove(program);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCluster(Cluster joined) {
        joined.serve(SERVICE, participant::answer);
        cluster = joined;
    }

    void unbindCluster(Cluster left) {
        if (cluster == left) cluster = null;
    }

    /** Offers the modules of {@code files} (modules of {@code here}, read now) to every member. */
    public Decision offer(RunningProgram here, List<Path> files) {
        Cluster joined = cluster;
        if (joined == null) return new Decision(false, "this runtime joined no cluster (its profile has no [cluster] table): reload without --cluster\n");
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            ModuleVersion module = here.modules().modules().stream().filter(m -> m.file().equals(abs)).findFirst().orElse(null);
            if (module == null) return new Decision(false, file + " is not a module of the program running here (" + here.mainFile() + ")\n");
            try {
                sources.put(module.name(), Files.readString(abs));
            } catch (IOException e) {
                return new Decision(false, "cannot read " + file + ": " + e.getMessage() + "\n");
            }
        }
        String label = String.join(", ", sources.keySet());
        String transaction = UUID.randomUUID().toString();
        List<ClusterMember> members = joined.members();
        Map<ClusterMember, Vote> votes = ask(joined, members, new Offer(Offer.PREPARE, transaction, sources));
        ClusterMember refuser = votes.entrySet().stream().filter(e -> !e.getValue().yes()).map(Map.Entry::getKey).findFirst().orElse(null);
        if (refuser != null) {
            ask(joined, members, new Offer(Offer.DROP, transaction, Map.of()));
            return new Decision(false, "cluster reload of " + label + " refused by member " + refuser.address()
                    + "; every member keeps the old versions\n" + lines(votes));
        }
        Map<ClusterMember, Vote> commits = ask(joined, members, new Offer(Offer.COMMIT, transaction, Map.of()));
        boolean all = commits.values().stream().allMatch(Vote::yes);
        return new Decision(all, (all ? "cluster reload of " + label + ": every member (" + members.size() + ") took it\n"
                : "cluster reload of " + label + ": every member voted yes, but a commit failed (members now differ)\n") + lines(commits));
    }

    /** Sends {@code offer} to every member at once; each one's vote, a member that fails or does not answer in time voting no. */
    private static Map<ClusterMember, Vote> ask(Cluster joined, List<ClusterMember> members, Offer offer) {
        byte[] message = offer.encode();
        Map<ClusterMember, CompletableFuture<byte[]>> calls = new LinkedHashMap<>();
        for (ClusterMember m : members) calls.put(m, joined.call(m.id(), SERVICE, message));
        long deadline = System.nanoTime() + VOTE.toNanos();
        Map<ClusterMember, Vote> votes = new LinkedHashMap<>();
        calls.forEach((member, call) -> {
            try {
                votes.put(member, Vote.decode(call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)));
            } catch (TimeoutException e) {
                votes.put(member, new Vote(false, "did not answer within " + VOTE.toSeconds() + " s"));
            } catch (ExecutionException e) {
                votes.put(member, new Vote(false, e.getCause().getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                votes.put(member, new Vote(false, "interrupted while waiting for it"));
            }
        });
        return votes;
    }

    private static String lines(Map<ClusterMember, Vote> votes) {
        StringBuilder sb = new StringBuilder();
        votes.forEach((m, v) -> sb.append("  member ").append(m.address()).append(m.self() ? " (this one)" : "").append(": ")
                .append(v.yes() ? "" : "no: ").append(v.text().strip().replace("\n", "\n    ")).append('\n'));
        return sb.toString();
    }
}
