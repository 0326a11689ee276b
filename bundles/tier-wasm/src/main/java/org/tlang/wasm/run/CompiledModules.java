package org.tlang.wasm.run;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Modules parsed and compiled to JVM bytecode by Chicory, by their binary: a program run again
 * (a server's handler, a test) does not pay for it again. Keeps the {@link #MAX} used last.
 */
public final class CompiledModules {
    static final int MAX = 32;

    /** A parsed module and the factory of its compiled machine, for any number of instances. */
    record Compiled(WasmModule module, Function<Instance, Machine> machine) {}

    private final Map<ByteBuffer, Compiled> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Compiled> eldest) {
            return size() > MAX;
        }
    };

    synchronized Compiled of(byte[] binary) {
        return compiled.computeIfAbsent(ByteBuffer.wrap(binary), b -> {
            WasmModule module = Parser.parse(binary);
            return new Compiled(module, MachineFactoryCompiler.compile(module));
        });
    }

    public synchronized int size() {
        return compiled.size();
    }
}
