package org.tlang.std.cluster;

import java.lang.invoke.MethodHandles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tlang.api.TlangRuntime;
import org.tlang.api.Value;
import org.tlang.runtime.Channel;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Vec;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.cluster.ClusterException;
import org.tlang.spi.cluster.ClusterMember;
import org.tlang.spi.cluster.MemberGoneException;
import org.tlang.spi.cluster.SharedMap;
import org.tlang.spi.cluster.SharedTopic;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.ModuleFunction;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.cluster}: T on the members of the cluster the runtime joined ({@code [cluster]} in its
 * profile). Values cross in the {@link ValueCodec} form; a function crosses as a reference to a
 * {@code pub fn} of a module, with the module's content hash, and runs on a member whose program has
 * loaded that very version, or that fetched its source from the cluster ({@link Sources}). Every program that uses this module serves the tasks and actor messages
 * other members send to its runtime ({@link Served}).
 */
@Component(service = NativeModule.class)
public final class ClusterModule extends JavaModule {
    static final String SOURCE = """
            /// A member of the cluster: a runtime in this JVM (`local`) or another.
            pub struct Member { id: Str, address: Str, local: Bool }

            /// The members now, this one included, oldest first.
            pub fn members() -> Vec<Member> {
                member_list().map(|m| Member { id: m.0, address: m.1, local: m.2 })
            }

            /// Runs `f` (a `pub fn` of a module, not a closure) on the least loaded member; Err if it failed there or that member left.
            pub fn spawn<T>(f: fn() -> T) -> Task<Result<T, Str>> { submit0("", false, f) }
            /// As `spawn`, on `member`.
            pub fn spawn_on<T>(member: Member, f: fn() -> T) -> Task<Result<T, Str>> { submit0(member.id, false, f) }
            /// As `spawn`, calling `f(arg)`.
            pub fn spawn_with<A, T>(f: fn(A) -> T, arg: A) -> Task<Result<T, Str>> { submit1("", false, f, arg) }
            /// As `spawn_on`, calling `f(arg)`.
            pub fn spawn_on_with<A, T>(member: Member, f: fn(A) -> T, arg: A) -> Task<Result<T, Str>> { submit1(member.id, false, f, arg) }
            /// As `spawn`, for a task that may run more than once: if its member leaves the cluster (is
            /// killed) before it answered, it runs again on the least loaded of the members left, instead
            /// of failing; Err only if it failed there or no member is left.
            pub fn spawn_idempotent<T>(f: fn() -> T) -> Task<Result<T, Str>> { submit0("", true, f) }
            /// As `spawn_idempotent`, calling `f(arg)`.
            pub fn spawn_idempotent_with<A, T>(f: fn(A) -> T, arg: A) -> Task<Result<T, Str>> { submit1("", true, f, arg) }

            /// Serves the tasks and actor messages of other members until the program is stopped.
            pub fn serve() { serve_forever() }

            /// A map shared by every member; each entry is kept on one member and backed up on others (`[cluster] backups`).
            pub struct ClusterMap<K, V> { name: Str, shared: SharedEntries<K, V> }
            struct SharedEntries<K, V> {}

            /// The shared map `name` (made on first use).
            pub fn map<K, V>(name: Str) -> ClusterMap<K, V> { ClusterMap { name: name, shared: map_open(name) } }

            impl<K, V> ClusterMap<K, V> {
                pub fn get(self, key: K) -> Option<V> { map_get(self.shared, key) }
                /// Sets `key` to `value`; the value it had.
                pub fn insert(self, key: K, value: V) -> Option<V> { map_insert(self.shared, key, value) }
                /// Removes `key`; the value it had.
                pub fn remove(self, key: K) -> Option<V> { map_remove(self.shared, key) }
                /// Replaces the value of `key` with `f(value)` (None removes it) atomically, and returns the new value;
                /// `f` runs here, again if another member changed the entry meanwhile.
                pub fn compute(self, key: K, f: fn(Option<V>) -> Option<V>) -> Option<V> { map_compute(self.shared, key, f) }
                pub fn len(self) -> Int { map_len(self.shared) }
            }

            /// A topic: what any member publishes, every subscriber on every member receives.
            pub struct Topic<T> { name: Str, shared: SharedMessages<T> }
            struct SharedMessages<T> {}

            pub fn topic<T>(name: Str) -> Topic<T> { Topic { name: name, shared: topic_open(name) } }

            impl<T> Topic<T> {
                pub fn publish(self, message: T) { topic_publish(self.shared, message) }
                /// The messages published from now on, in a channel.
                pub fn subscribe(self) -> Receiver<T> { topic_subscribe(self.shared) }
            }

            /// An actor: a name in the cluster, and a mailbox on the member that registered it, which
            /// runs its handler on one message at a time.
            pub struct Actor<M, R> { name: Str }

            /// Registers the actor `name` on this member, handled by `handler` (a `pub fn` of a module); Err if the name is taken.
            pub fn actor<M, R>(name: Str, handler: fn(M) -> R) -> Result<Actor<M, R>, Str> {
                match actor_register(name, handler) { Ok(n) => Ok(Actor { name: n }), Err(e) => Err(e) }
            }

            /// The actor `name`, wherever it was registered.
            pub fn actor_named<M, R>(name: Str) -> Actor<M, R> { Actor { name: name } }

            impl<M, R> Actor<M, R> {
                /// Sends `message` without waiting for it to be handled; Err if the actor cannot be reached.
                pub fn send(self, message: M) -> Result<(), Str> { actor_send(self.name, message) }
                /// Sends `message` and waits for the handler's answer.
                pub fn ask(self, message: M) -> Result<R, Str> { actor_ask(self.name, message, self) }
            }
            """;

    private final Sources sources;
    private final Served served;
    private final Placement placement = new Placement();
    private final java.util.concurrent.atomic.AtomicLong subscriptions = new java.util.concurrent.atomic.AtomicLong();

    @Activate
    public ClusterModule(@Reference TlangRuntime runtime) {
        super("std.cluster", SOURCE, MethodHandles.lookup());
        this.sources = new Sources(runtime);
        this.served = new Served(sources);
        function("member_list", "fn() -> Vec<(Str, Str, Bool)>", "memberList");
        function("submit0", "fn(Str, Bool, fn() -> T) -> Task<Result<T, Str>>", "submit0");
        function("submit1", "fn(Str, Bool, fn(A) -> T, A) -> Task<Result<T, Str>>", "submit1");
        function("serve_forever", "fn()", "serveForever");
        function("map_open", "fn(Str) -> SharedEntries<K, V>", "mapOpen");
        function("map_get", "fn(SharedEntries<K, V>, K) -> Option<V>", "mapGet");
        function("map_insert", "fn(SharedEntries<K, V>, K, V) -> Option<V>", "mapInsert");
        function("map_remove", "fn(SharedEntries<K, V>, K) -> Option<V>", "mapRemove");
        function("map_compute", "fn(SharedEntries<K, V>, K, fn(Option<V>) -> Option<V>) -> Option<V>", "mapCompute");
        function("map_len", "fn(SharedEntries<K, V>) -> Int", "mapLen");
        function("topic_open", "fn(Str) -> SharedMessages<T>", "topicOpen");
        function("topic_publish", "fn(SharedMessages<T>, T)", "topicPublish");
        function("topic_subscribe", "fn(SharedMessages<T>) -> Receiver<T>", "topicSubscribe");
        function("actor_register", "fn(Str, fn(M) -> R) -> Result<Str, Str>", "actorRegister");
        function("actor_send", "fn(Str, M) -> Result<(), Str>", "actorSend");
        function("actor_ask", "fn(Str, M, Actor<M, R>) -> Result<R, Str>", "actorAsk");
    }

    @Deactivate
    void deactivate() {
        sources.close();
    }

    /** The cluster bound now, with this program serving on it. */
    private Cluster cluster(NativeContext cx) {
        Cluster cluster = cx.cluster();
        if (cluster == null) throw new PanicException("std.cluster: this runtime joined no cluster (its profile has no [cluster] table)");
        served.add(cluster, cx);
        return cluster;
    }

    Object memberList(NativeContext cx) {
        Vec out = new Vec();
        for (ClusterMember m : cluster(cx).members()) out.add(new Tuple(new Object[] {m.id(), m.address(), m.self()}));
        return out;
    }

    Object submit0(NativeContext cx, String member, boolean idempotent, Object f) {
        return submit(cx, member, idempotent, f, List.of());
    }

    Object submit1(NativeContext cx, String member, boolean idempotent, Object f, Object arg) {
        return submit(cx, member, idempotent, f, List.of(cx.toValue(arg)));
    }

    /** @param idempotent run it again elsewhere when its member leaves before it answered */
    private Object submit(NativeContext cx, String member, boolean idempotent, Object f, List<Value> args) {
        Cluster cluster = cluster(cx);
        ModuleFunction fn = named(cx, f, "cluster.spawn");
        sources.publish(cluster, cx, fn);
        byte[] request = Requests.task(fn, args);
        String first = member.isEmpty() ? placement.leastLoaded(cluster, Set.of()) : member;
        return cx.spawn(() -> {
            Set<String> gone = new HashSet<>();
            String target = first;
            while (true) {
                placement.started(target);
                try {
                    return answer(cx, cluster.call(target, Served.SERVICE, request).get());
                } catch (ExecutionException e) {
                    if (!idempotent || !(e.getCause() instanceof MemberGoneException)) return EnumValue.err(e.getCause().getMessage());
                    gone.add(target);
                } finally {
                    placement.ended(target);
                }
                target = placement.leastLoaded(cluster, gone);
                if (target == null) return EnumValue.err("every member it ran on left the cluster before it answered (" + gone.size() + " tries)");
            }
        });
    }

    private static ModuleFunction named(NativeContext cx, Object f, String what) {
        ModuleFunction fn = cx.named(f);
        if (fn == null) throw new PanicException(what + " needs a pub fn of a module (it crosses to other members by name), not a closure");
        return fn;
    }

    /** A member's answer as a T Result. */
    private static Object answer(NativeContext cx, byte[] bytes) {
        Value.Variant result = (Value.Variant) ValueCodec.decode(bytes);
        Object payload = cx.fromValue(result.fields().getFirst());
        return result.variant().equals("Ok") ? EnumValue.ok(payload) : EnumValue.err(payload);
    }

    void serveForever(NativeContext cx) throws InterruptedException {
        cluster(cx);
        Thread.sleep(Long.MAX_VALUE);
    }

    Object mapOpen(NativeContext cx, String name) {
        return cluster(cx).map(name);
    }

    Object mapGet(NativeContext cx, Object map, Object key) {
        return option(cx, ((SharedMap) map).get(bytes(cx, key)));
    }

    Object mapInsert(NativeContext cx, Object map, Object key, Object value) {
        return option(cx, ((SharedMap) map).put(bytes(cx, key), bytes(cx, value)));
    }

    Object mapRemove(NativeContext cx, Object map, Object key) {
        return option(cx, ((SharedMap) map).remove(bytes(cx, key)));
    }

    Object mapCompute(NativeContext cx, Object map, Object key, Object f) {
        SharedMap shared = (SharedMap) map;
        byte[] k = bytes(cx, key);
        while (true) {
            byte[] old = shared.get(k);
            Object next = ((FnValue) f).call(new Object[] {option(cx, old)});
            Object payload = EnumValue.payloadOrNull(next);
            if (shared.replace(k, old, payload == null ? null : bytes(cx, payload))) return next;
        }
    }

    long mapLen(Object map) {
        return ((SharedMap) map).size();
    }

    Object topicOpen(NativeContext cx, String name) {
        return cluster(cx).topic(name);
    }

    void topicPublish(NativeContext cx, Object topic, Object message) {
        ((SharedTopic) topic).publish(bytes(cx, message));
    }

    Object topicSubscribe(NativeContext cx, Object topic) {
        Channel channel = new Channel(1024);
        AutoCloseable subscription = ((SharedTopic) topic).subscribe(m -> {
            try {
                channel.send(cx.fromValue(ValueCodec.decode(m)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // the program's: it ends when the program stops
        cx.resources().named("std.cluster.subscription." + subscriptions.incrementAndGet(), () -> subscription);
        return new Channel.Receiver(channel);
    }

    Object actorRegister(NativeContext cx, String name, Object handler) {
        Cluster cluster = cluster(cx);
        ModuleFunction fn = named(cx, handler, "cluster.actor");
        String owner = served.register(cluster, name, cx, fn);
        return owner == null ? EnumValue.ok(name) : EnumValue.err("actor " + name + " is registered on member " + owner + " already");
    }

    Object actorSend(NativeContext cx, String name, Object message) {
        Object answer = actorCall(cx, name, message, false);
        return answer instanceof EnumValue e && e.variant() == org.tlang.runtime.EnumShape.ERR ? answer : EnumValue.ok(org.tlang.runtime.Unit.VALUE);
    }

    Object actorAsk(NativeContext cx, String name, Object message, Object actor) {
        return actorCall(cx, name, message, true);
    }

    private Object actorCall(NativeContext cx, String name, Object message, boolean ask) {
        Cluster cluster = cluster(cx);
        String owner = served.owner(cluster, name);
        if (owner == null) return EnumValue.err("no actor " + name + " in the cluster");
        try {
            var call = cluster.call(owner, Served.SERVICE, Requests.actor(name, cx.toValue(message), ask));
            return ask ? answer(cx, call.get()) : EnumValue.ok(org.tlang.runtime.Unit.VALUE);
        } catch (ExecutionException e) {
            return EnumValue.err(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw org.tlang.runtime.Cancellation.interrupted();
        } catch (ClusterException e) {
            return EnumValue.err(e.getMessage());
        }
    }

    private static byte[] bytes(NativeContext cx, Object value) {
        return ValueCodec.encode(cx.toValue(value));
    }

    private static Object option(NativeContext cx, byte[] value) {
        return value == null ? EnumValue.NONE : EnumValue.some(cx.fromValue(ValueCodec.decode(value)));
    }
}
