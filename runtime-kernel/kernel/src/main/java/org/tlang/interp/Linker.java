package org.tlang.interp;

import org.tlang.runtime.StructShape;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.StaticCell;

import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TStruct;

/** Resolves TIR's symbolic references to runtime cells and descriptors when code is compiled. */
public interface Linker {
    FunctionCell function(FunctionRef ref);

    StaticCell global(GlobalRef ref);

    StructShape struct(TStruct decl);

    /** The descriptor of the enum {@code name} (qualified; {@code Option} and {@code Result} as they are). */
    EnumShape enumShape(String name);
}
