package org.tlang.tir;

import java.util.List;

/** An enum declaration: qualified name, type parameters and variants in declaration order. */
public record TEnum(String name, List<String> typeParams, List<Variant> variants) {
    public record Variant(String name, List<Type> fields) {}

    public int variantIndex(String variant) {
        for (int i = 0; i < variants.size(); i++) if (variants.get(i).name().equals(variant)) return i;
        return -1;
    }

    public String shape() {
        return name + typeParams + variants;
    }
}
