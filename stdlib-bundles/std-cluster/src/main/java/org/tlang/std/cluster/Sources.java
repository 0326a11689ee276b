package org.tlang.std.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.tlang.api.Context;
import org.tlang.api.ContextOptions;
import org.tlang.api.TlangException;
import org.tlang.api.TlangRuntime;
import org.tlang.api.Value;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.cluster.SharedMap;
import org.tlang.spi.natives.ModuleFunction;
import org.tlang.spi.natives.NativeContext;

/**
 * Module versions by content hash, shared through the cluster map {@code tlang.sources}: a caller
 * publishes the source of each module version it spawns a function of; a member whose programs
 * lack that version fetches the source, compiles it into a context of its own (one per version,
 * kept while this module runs) and runs the function there.
 */
final class Sources implements AutoCloseable {
    static final String SOURCES = "tlang.sources";

    private final TlangRuntime runtime;
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private final Map<String, Context> compiled = new ConcurrentHashMap<>();

    Sources(TlangRuntime runtime) {
        this.runtime = runtime;
    }

    /** Makes the source of {@code fn}'s module version available to every member (once per version). */
    void publish(Cluster cluster, NativeContext program, ModuleFunction fn) {
        if (published.contains(fn.hash())) return;
        String source = program.source(fn.module());
        if (source == null) return;
        cluster.map(SOURCES).replace(key(fn.hash()), null, ValueCodec.encode(new Value.Tuple(List.of(Value.of(fn.module()), Value.of(source)))));
        published.add(fn.hash());
    }

    /** Runs {@code fn} in its module version fetched from the cluster, compiled here at its first call. */
    Value run(Cluster cluster, ModuleFunction fn, List<Value> args) {
        Context context = compiled.get(fn.hash());
        if (context == null) context = compile(cluster, fn);
        try {
            return context.execute(fn.module(), fn.function(), args.toArray(Value[]::new));
        } catch (TlangException e) {
            throw new IllegalArgumentException(fn + ": " + e.getMessage());
        }
    }

    private synchronized Context compile(Cluster cluster, ModuleFunction fn) {
        Context done = compiled.get(fn.hash());
        if (done != null) return done;
        byte[] entry = cluster.map(SOURCES).get(key(fn.hash()));
        if (entry == null) throw new IllegalArgumentException("no program on this member has loaded " + fn + ", and the cluster has no source of it");
        List<Value> parts = ((Value.Tuple) ValueCodec.decode(entry)).items();
        try {
            Path root = Files.createTempDirectory("tlang-cluster-");
            Path file = root.resolve(fn.module().replace('.', '/') + ".t");
            Files.createDirectories(file.getParent());
            Files.writeString(file, ((Value.Str) parts.get(1)).value());
            Context context = runtime.context(ContextOptions.of(root));
            context.load(fn.module());
            compiled.put(fn.hash(), context);
            return context;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot keep the source of " + fn + " here: " + e.getMessage());
        } catch (TlangException e) {
            throw new IllegalArgumentException(fn + " does not compile here: " + e.getMessage());
        }
    }

    private static byte[] key(String hash) {
        return ValueCodec.encode(Value.of(hash));
    }

    @Override
    public void close() {
        compiled.values().forEach(Context::close);
        compiled.clear();
    }
}
