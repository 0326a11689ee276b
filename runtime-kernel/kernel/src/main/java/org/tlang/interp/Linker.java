package org.tlang.interp;

import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;

/** Resolves TIR's symbolic references to runtime cells and descriptors when code is compiled. */
public interface Linker {
    FunctionCell function(FunctionRef ref);

    StaticCell global(GlobalRef ref);

    StructShape struct(TStruct decl);

    EnumShape enumShape(TEnum decl);

    /** Looks up an enum declaration by qualified name (for match patterns and variant constructors). */
    TEnum enumDecl(String name);
}
