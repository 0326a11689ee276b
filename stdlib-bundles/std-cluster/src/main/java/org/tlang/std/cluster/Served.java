package org.tlang.std.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.tlang.api.Value;
import org.tlang.runtime.PanicException;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.cluster.SharedMap;
import org.tlang.spi.natives.ModuleFunction;
import org.tlang.spi.natives.NativeContext;

/**
 * What this runtime answers other members: a task runs in a program here that has its module at
 * its hash; an actor message goes to the mailbox of the actor registered here, whose handler takes
 * one message at a time. Programs join when they first use std.cluster.
 */
final class Served {
    static final String ACTORS = "tlang.actors";
    /** The name this module's handler serves under on each member. */
    static final String SERVICE = "std.cluster";

    private final Sources sources;
    private final List<NativeContext> programs = new CopyOnWriteArrayList<>();
    private final Set<Cluster> serving = ConcurrentHashMap.newKeySet();
    private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();

    Served(Sources sources) {
        this.sources = sources;
    }

    /** One actor's handler; the monitor is its mailbox's one-at-a-time. */
    private record Mailbox(NativeContext program, ModuleFunction handler) {}

    void add(Cluster cluster, NativeContext program) {
        if (!programs.contains(program)) {
            programs.add(program);
            // when the program stops, it serves no more, and its actors are gone from the cluster
            program.resources().named("std.cluster.served", () -> () -> leave(cluster, program));
        }
        if (serving.add(cluster)) cluster.serve(SERVICE, request -> answer(cluster, request));
    }

    private void leave(Cluster cluster, NativeContext program) {
        programs.remove(program);
        mailboxes.forEach((name, box) -> {
            if (box.program() == program && mailboxes.remove(name, box)) {
                actors(cluster).replace(key(name), ValueCodec.encode(Value.of(cluster.self())), null);
            }
        });
    }

    /** Registers actor {@code name} here; null if it did, else the member that has it. */
    String register(Cluster cluster, String name, NativeContext program, ModuleFunction handler) {
        byte[] owner = actors(cluster).get(key(name));
        byte[] self = ValueCodec.encode(Value.of(cluster.self()));
        if (owner == null && actors(cluster).replace(key(name), null, self)) {
            mailboxes.put(name, new Mailbox(program, handler));
            return null;
        }
        byte[] now = owner == null ? actors(cluster).get(key(name)) : owner;
        return now == null ? "(unknown)" : ((Value.Str) ValueCodec.decode(now)).value();
    }

    String owner(Cluster cluster, String name) {
        byte[] owner = actors(cluster).get(key(name));
        return owner == null ? null : ((Value.Str) ValueCodec.decode(owner)).value();
    }

    private static SharedMap actors(Cluster cluster) {
        return cluster.map(ACTORS);
    }

    private static byte[] key(String name) {
        return ValueCodec.encode(Value.of(name));
    }

    private byte[] answer(Cluster cluster, byte[] request) {
        List<Value> parts = ((Value.Vec) ValueCodec.decode(request)).items();
        String kind = ((Value.Str) parts.getFirst()).value();
        try {
            if (kind.equals(Requests.TASK)) {
                ModuleFunction fn = new ModuleFunction(str(parts.get(1)), str(parts.get(2)), str(parts.get(3)));
                return Requests.ok(run(cluster, fn, ((Value.Vec) parts.get(4)).items()));
            }
            String name = str(parts.get(1));
            Mailbox box = mailboxes.get(name);
            if (box == null) return Requests.err("actor " + name + " is not registered on this member");
            synchronized (box) {
                return Requests.ok(box.program().call(box.handler(), List.of(parts.get(2))));
            }
        } catch (PanicException e) {
            return Requests.err("panic: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return Requests.err(e.getMessage());
        } catch (RuntimeException e) {
            return Requests.err(e.toString());
        }
    }

    /** Runs {@code fn} in the first program here that has its module at that hash, else in that version fetched from the cluster. */
    private Value run(Cluster cluster, ModuleFunction fn, List<Value> args) {
        for (NativeContext program : programs) {
            if (fn.hash().equals(program.hash(fn.module()))) return program.call(fn, args);
        }
        return sources.run(cluster, fn, args);
    }

    private static String str(Value v) {
        return ((Value.Str) v).value();
    }
}
