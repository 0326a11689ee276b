package org.tlang.tir;

import java.util.List;

/** A struct declaration: qualified name, type parameters, fields in declaration order. */
public record TStruct(String name, List<String> typeParams, List<String> fieldNames, List<Type> fieldTypes) {
    public int fieldIndex(String field) {
        return fieldNames.indexOf(field);
    }

    /** Shape used to decide whether a reload keeps the runtime descriptor. */
    public String shape() {
        return name + typeParams + fieldNames + fieldTypes;
    }
}
