package org.tlang.std.cluster;

import java.util.List;

import org.tlang.api.Value;
import org.tlang.spi.natives.ModuleFunction;

/**
 * What one member asks another, as a value in the serial form: {@code ["task", module, function,
 * hash, [args]]} or {@code ["actor", name, message, ask]}; the answer is a {@code Result}, Ok with
 * the value or Err with why not.
 */
final class Requests {
    static final String TASK = "task";
    static final String ACTOR = "actor";

    private Requests() {}

    static byte[] task(ModuleFunction fn, List<Value> args) {
        return ValueCodec.encode(new Value.Vec(List.of(Value.of(TASK), Value.of(fn.module()), Value.of(fn.function()), Value.of(fn.hash()),
                new Value.Vec(args))));
    }

    static byte[] actor(String name, Value message, boolean ask) {
        return ValueCodec.encode(new Value.Vec(List.of(Value.of(ACTOR), Value.of(name), message, Value.of(ask))));
    }

    static byte[] ok(Value v) {
        return ValueCodec.encode(Value.ok(v));
    }

    static byte[] err(String message) {
        return ValueCodec.encode(Value.err(Value.of(message)));
    }
}
