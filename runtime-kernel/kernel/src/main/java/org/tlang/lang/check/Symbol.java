package org.tlang.lang.check;

import java.util.List;
import org.tlang.tir.Pos;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/** What a name can denote at module level. */
public sealed interface Symbol {
    String name();

    boolean pub();

    /** A printable signature; a reload keeps dependents working only if this is unchanged. */
    String signature();

    /** A function or method ({@code name} is {@code Type::method} for methods). */
    record Fn(String module, String name, List<String> typeParams, Type.Fn type, boolean pub, boolean isAsync,
              boolean hasSelf, Pos pos) implements Symbol {
        public FunctionRef ref() {
            return new FunctionRef(module, name, type);
        }

        public String signature() {
            return (isAsync ? "async " : "") + "fn " + name + (typeParams.isEmpty() ? "" : "<" + String.join(", ", typeParams) + ">")
                    + type.toString().substring(2);
        }
    }

    record Global(String module, String name, Type type, boolean mutable, boolean isConst, boolean pub, Pos pos) implements Symbol {
        public GlobalRef ref() {
            return new GlobalRef(module, name, type);
        }

        public String signature() {
            return (isConst ? "const " : mutable ? "static mut " : "static ") + name + ": " + type;
        }
    }

    /**
     * A struct. A native type is a struct without fields in the source of a native module with
     * Java functions: its values are the Java objects those functions make and take, so T code has
     * no literal or struct pattern for it.
     */
    record Struct(TStruct decl, boolean pub, boolean nativeType, Pos pos) implements Symbol {
        public String name() {
            return decl.name();
        }

        public String signature() {
            return "struct " + decl.shape();
        }
    }

    record Enum(TEnum decl, boolean pub, Pos pos) implements Symbol {
        public String name() {
            return decl.name();
        }

        public String signature() {
            return "enum " + decl.shape();
        }
    }
}
