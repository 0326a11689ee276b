package org.tlang.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.builtins.Builtin;
import org.tlang.runtime.builtins.BuiltinTable;
import org.tlang.runtime.builtins.OptionBuiltins;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/** The built-in table is consistent: what the checker types is what the tiers call. */
class BuiltinsTest {
    @Test
    void everyBuiltinHasASignatureTheCheckerReads() {
        assertTrue(BuiltinTable.all().size() > 100, "the prelude is in the table");
        for (Builtin b : BuiltinTable.all()) assertNotNull(Builtins.STANDARD.get(b.key()), b.key());
        assertTrue(Builtins.STANDARD.isFunction("assert"));
        assertTrue(Builtins.STANDARD.isFunction("println"));
        assertFalse(Builtins.STANDARD.isFunction("len"), "a method is not a free function");
    }

    @Test
    void methodsTakeAndReturnWhatTheSignatureSays() {
        List<String> wrong = new ArrayList<>();
        for (Builtin b : BuiltinTable.all()) {
            Method m = b.method();
            Type.Fn fn = Builtins.STANDARD.get(b.key()).type();
            Class<?>[] params = m.getParameterTypes();
            if (b.takesContext()) {
                if (b.kind() != Builtin.Kind.INTERPRETED) wrong.add(b.key() + ": a compiled call has no Context to pass");
                params = Arrays.copyOfRange(params, 1, params.length);
            }
            if (params.length > 3) wrong.add(b.key() + ": the interpreter calls built-ins of up to 3 arguments");
            if (params.length != fn.params().size()) {
                wrong.add(b.key() + ": " + params.length + " parameters for " + b.signature());
                continue;
            }
            for (int i = 0; i < params.length; i++) {
                if (!holds(params[i], fn.params().get(i))) wrong.add(b.key() + ": parameter " + i + " is " + params[i].getSimpleName());
            }
            if (!returns(m.getReturnType(), fn.result())) wrong.add(b.key() + ": returns " + m.getReturnType().getSimpleName());
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aBuiltinsPanicTakesThePositionOfTheCallThatRaisedIt() {
        PanicException p = assertThrows(PanicException.class,
                () -> OptionBuiltins.unwrap(EnumValue.NONE));
        p.atIfUnknown(new Pos(3, 7));
        p.leave("main", "m.t");
        assertTrue(p.getMessage().contains("unwrap"), p.getMessage());
        assertTrue(p.trace().getFirst().contains("m.t:3:7"), p.trace().toString());
    }

    private static boolean holds(Class<?> java, Type t) {
        if (t == Type.INT) return java == long.class;
        if (t == Type.FLOAT) return java == double.class;
        if (t == Type.BOOL) return java == boolean.class;
        if (t == Type.STR) return java == String.class;
        if (t instanceof Type.Param) return java == Object.class;
        return !java.isPrimitive();
    }

    private static boolean returns(Class<?> java, Type t) {
        if (t == Type.UNIT) return java == void.class;
        if (t == Type.NEVER) return java == Object.class;
        return holds(java, t);
    }
}
