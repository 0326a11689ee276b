package org.tlang.hotpatch.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tlang.api.ReloadOutcome;
import org.tlang.api.Report;
import org.tlang.hotpatch.cluster.Offer.Vote;
import org.tlang.hotpatch.reload.Reloader;
import org.tlang.hotpatch.reload.Reloaders;
import org.tlang.spi.program.ModuleSource;
import org.tlang.spi.program.RunningProgram;

/**
 * This member's side of a cluster reload: on {@code prepare} every program here that runs one of
 * the offered modules stages and checks the new versions (through its {@link Reloader}) and the
 * member votes yes only if all of them can switch; {@code commit} switches them, {@code drop}
 * drops them. A prepared reload no decision reaches within {@link #DECISION} is dropped.
 */
final class Participant {
    private static final Logger LOG = LoggerFactory.getLogger(Participant.class);
    /**
     * How long a prepared reload waits for its decision: twice as long as the coordinator waits for
     * votes. A sum, not {@code multipliedBy(2)}, which initialises BigDecimal (about 10 ms of every boot).
     */
    static final Duration DECISION = ClusterReloads.VOTE.plus(ClusterReloads.VOTE);

    private final Reloaders reloaders;
    private final Supplier<List<RunningProgram>> programs;
    private final Map<String, List<Part>> pending = new ConcurrentHashMap<>();

    /** One program's prepared part of a transaction. */
    private record Part(RunningProgram program, Reloader reloader, Reloader.Prepared prepared) {}

    Participant(Reloaders reloaders, Supplier<List<RunningProgram>> programs) {
        this.reloaders = reloaders;
        this.programs = programs;
    }

    byte[] answer(byte[] message) {
        Offer offer = Offer.decode(message);
        Vote vote = switch (offer.step()) {
            case Offer.PREPARE -> prepare(offer);
            case Offer.COMMIT -> commit(offer.transaction());
            case Offer.DROP -> drop(offer.transaction());
            default -> new Vote(false, "unknown step '" + offer.step() + "' of a cluster reload");
        };
        return vote.encode();
    }

    private Vote prepare(Offer offer) {
        List<Part> parts = new ArrayList<>();
        for (RunningProgram program : programs.get()) {
            List<ModuleSource> sources = new ArrayList<>();
            offer.sources().forEach((module, text) -> program.modules().module(module)
                    .ifPresent(loaded -> sources.add(ModuleSource.text(loaded.file(), text))));
            if (sources.isEmpty()) continue;
            Reloader reloader = reloaders.of(program);
            Reloader.Prepared prepared = reloader.prepare(sources);
            if (prepared.refusal() != null) {
                parts.forEach(p -> p.reloader().drop(p.prepared()));
                return new Vote(false, "program " + program.mainFile().getFileName() + ": " + Report.reload(prepared.refusal()));
            }
            parts.add(new Part(program, reloader, prepared));
        }
        pending.put(offer.transaction(), parts);
        Thread.ofVirtual().name("tlang-cluster-reload-deadline").start(() -> dropLate(offer.transaction()));
        return new Vote(true, parts.isEmpty() ? "runs none of these modules"
                : "staged " + parts.stream().map(p -> p.prepared().label() + " in " + p.program().mainFile().getFileName()).collect(Collectors.joining(", ")));
    }

    private void dropLate(String transaction) {
        try {
            Thread.sleep(DECISION);
        } catch (InterruptedException e) {
            return;
        }
        List<Part> parts = pending.remove(transaction);
        if (parts == null) return;
        parts.forEach(p -> p.reloader().drop(p.prepared()));
        if (!parts.isEmpty()) LOG.warn("cluster reload {}: no decision came within {} s; dropped, the old versions keep running", transaction, DECISION.toSeconds());
    }

    private Vote commit(String transaction) {
        List<Part> parts = pending.remove(transaction);
        if (parts == null) return new Vote(false, "nothing pending here (no decision came within " + DECISION.toSeconds() + " s, so it was dropped)");
        if (parts.isEmpty()) return new Vote(true, "runs none of these modules");
        StringBuilder done = new StringBuilder();
        boolean all = true;
        for (Part p : parts) {
            ReloadOutcome outcome = p.reloader().commit(p.prepared());
            all &= outcome.applied();
            String report = Report.reload(outcome).strip();
            p.program().err().println(report + " (cluster reload)");
            done.append(done.isEmpty() ? "" : "; ").append(report);
        }
        return new Vote(all, done.toString());
    }

    private Vote drop(String transaction) {
        List<Part> parts = pending.remove(transaction);
        if (parts != null) parts.forEach(p -> p.reloader().drop(p.prepared()));
        return new Vote(true, "dropped");
    }
}
