package org.tlang.ffi.counting;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tlang.spi.Metered;
import org.tlang.spi.ffi.ForeignLinker;

/**
 * A linker for finding out what a program calls: the same downcalls as the panama linker, each
 * one counted (its metrics have a {@code calls.SYMBOL} per function and {@code calls} in all) and
 * each link written to the log. The count costs an atomic add per call.
 */
@Component(service = ForeignLinker.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.ffi.counting")
public final class CountingLinker implements ForeignLinker, Metered {
    private static final System.Logger LOG = System.getLogger(CountingLinker.class.getName());
    private static final MethodHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVirtual(LongAdder.class, "increment", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<String, SymbolLookup> libraries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder upcalls = new LongAdder();

    @Override
    public MethodHandle link(String library, String symbol, FunctionDescriptor descriptor) {
        return counted(library, symbol, Linker.nativeLinker().downcallHandle(find(library, symbol), descriptor));
    }

    @Override
    public MethodHandle linkVariadic(String library, String symbol, FunctionDescriptor descriptor, int firstVariadic) {
        return counted(library, symbol, Linker.nativeLinker().downcallHandle(find(library, symbol), descriptor,
                Linker.Option.firstVariadicArg(firstVariadic)));
    }

    @Override
    public MemorySegment upcall(MethodHandle target, FunctionDescriptor descriptor, Arena arena) {
        upcalls.increment();
        return Linker.nativeLinker().upcallStub(target, descriptor, arena);
    }

    private MethodHandle counted(String library, String symbol, MethodHandle downcall) {
        LOG.log(System.Logger.Level.INFO, "linked {0} of {1}: {2}", symbol, library, downcall.type());
        LongAdder count = calls.computeIfAbsent(symbol, k -> new LongAdder());
        return MethodHandles.foldArguments(downcall, COUNT.bindTo(count));
    }

    private MemorySegment find(String library, String symbol) {
        SymbolLookup lookup = libraries.computeIfAbsent(library, l -> {
            try {
                return l.contains("/") ? SymbolLookup.libraryLookup(Path.of(l), Arena.ofAuto()) : SymbolLookup.libraryLookup(l, Arena.ofAuto());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot open library " + l);
            }
        });
        return lookup.find(symbol).orElseThrow(() -> new IllegalArgumentException(library + " has no symbol `" + symbol + "`"));
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        long all = 0;
        for (LongAdder c : calls.values()) all += c.sum();
        m.put("calls", all);
        m.put("callbacks-made", upcalls.sum());
        calls.forEach((symbol, c) -> m.put("calls." + symbol, c.sum()));
        return m;
    }
}
