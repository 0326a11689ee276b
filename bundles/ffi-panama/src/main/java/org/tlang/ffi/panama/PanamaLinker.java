package org.tlang.ffi.panama;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tlang.spi.Metered;
import org.tlang.spi.ffi.ForeignLinker;

/** The platform's C calling convention through {@link Linker#nativeLinker()}: a downcall handle per extern function, linked once. */
@Component(service = ForeignLinker.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.ffi.panama")
public final class PanamaLinker implements ForeignLinker, Metered {
    private final Libraries libraries = new Libraries();
    private final AtomicLong linked = new AtomicLong();
    private final AtomicLong upcalls = new AtomicLong();

    @Override
    public MethodHandle link(String library, String symbol, FunctionDescriptor descriptor) {
        MethodHandle h = Linker.nativeLinker().downcallHandle(libraries.find(library, symbol), descriptor);
        linked.incrementAndGet();
        return h;
    }

    @Override
    public MethodHandle linkVariadic(String library, String symbol, FunctionDescriptor descriptor, int firstVariadic) {
        MethodHandle h = Linker.nativeLinker().downcallHandle(libraries.find(library, symbol), descriptor,
                Linker.Option.firstVariadicArg(firstVariadic));
        linked.incrementAndGet();
        return h;
    }

    @Override
    public MemorySegment upcall(MethodHandle target, FunctionDescriptor descriptor, Arena arena) {
        upcalls.incrementAndGet();
        return Linker.nativeLinker().upcallStub(target, descriptor, arena);
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("libraries", libraries.count());
        m.put("functions-linked", linked.get());
        m.put("callbacks-made", upcalls.get());
        return m;
    }
}
