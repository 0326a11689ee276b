package org.tlang.std.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * publishes the source of each module version it spawns a function of, and of every T module that
 * version imports (transitively), each entry naming its imports by name and hash; a member whose
 * programs lack that version fetches the sources, compiles them into a context of its own (one per
 * version, kept while this module runs) and runs the function there.
 */
final class Sources implements AutoCloseable {
    static final String SOURCES = "tlang.sources";

    private final TlangRuntime runtime;
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private final Map<String, Context> compiled = new ConcurrentHashMap<>();

    Sources(TlangRuntime runtime) {
        this.runtime = runtime;
    }

    /** Makes the source of {@code fn}'s module version, and of the T modules it imports, available to every member (once per version). */
    void publish(Cluster cluster, NativeContext program, ModuleFunction fn) {
        publish(cluster, program, fn.module(), fn.hash());
    }

    private void publish(Cluster cluster, NativeContext program, String module, String hash) {
        if (hash == null || !published.add(hash)) return;
        String source = program.source(module);
        if (source == null) {
            published.remove(hash);
            return;
        }
        List<Value> imports = new ArrayList<>();
        for (String imported : program.imports(module)) {
            String importedHash = program.hash(imported);
            imports.add(new Value.Tuple(List.of(Value.of(imported), Value.of(importedHash))));
            publish(cluster, program, imported, importedHash);
        }
        cluster.map(SOURCES).replace(key(hash), null,
                ValueCodec.encode(new Value.Tuple(List.of(Value.of(module), Value.of(source), new Value.Vec(imports)))));
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
        try {
            Path root = Files.createTempDirectory("tlang-cluster-");
            fetch(cluster, fn.module(), fn.hash(), root, fn);
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

    /** Writes the source of {@code module} at {@code hash} under {@code root}, and those of the modules it imports. */
    private static void fetch(Cluster cluster, String module, String hash, Path root, ModuleFunction fn) throws IOException {
        Path file = root.resolve(module.replace('.', '/') + ".t");
        if (Files.exists(file)) return;
        byte[] entry = cluster.map(SOURCES).get(key(hash));
        if (entry == null) {
            throw new IllegalArgumentException(module.equals(fn.module()) ? "no program on this member has loaded " + fn + ", and the cluster has no source of it"
                    : fn + " imports " + module + "@" + hash.substring(0, 12) + ", of which the cluster has no source");
        }
        List<Value> parts = ((Value.Tuple) ValueCodec.decode(entry)).items();
        Files.createDirectories(file.getParent());
        Files.writeString(file, ((Value.Str) parts.get(1)).value());
        for (Value imported : ((Value.Vec) parts.get(2)).items()) {
            List<Value> named = ((Value.Tuple) imported).items();
            fetch(cluster, ((Value.Str) named.get(0)).value(), ((Value.Str) named.get(1)).value(), root, fn);
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
