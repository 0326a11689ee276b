package org.tlang.std.env;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.env}: the process's environment variables (capability {@code env}, per variable name:
 * a variable the program may not read is absent), its working directory and the program's
 * arguments.
 */
@Component(service = NativeModule.class)
public final class EnvModule extends JavaModule {
    public EnvModule() {
        super("std.env", "", MethodHandles.lookup());
        function("get", "fn(Str) -> Option<Str>", "get");
        function("vars", "fn() -> Map<Str, Str>", "vars");
        function("cwd", "fn() -> Str", "cwd");
        function("args", "fn() -> Vec<Str>", "args");
    }

    static Object get(NativeContext cx, String name) {
        return cx.denied("env", name) == null ? EnumValue.option(System.getenv(name)) : EnumValue.NONE;
    }

    /** Every variable the program may read, sorted by name. */
    static Object vars(NativeContext cx) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            if (cx.denied("env", e.getKey()) == null) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    static String cwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    static Object args(NativeContext cx) {
        return Vec.copyOf(cx.args());
    }
}
