package org.tlang.tir;

import java.util.List;

/** One compiled module version: everything the interpreter or the JIT needs, nothing from the AST. */
public record TModule(String name, String file, List<TFunction> functions, List<TStatic> statics,
                      List<TStruct> structs, List<TEnum> enums, List<String> tests) {
    public TFunction function(String fname) {
        for (TFunction f : functions) if (f.name().equals(fname)) return f;
        return null;
    }
}
