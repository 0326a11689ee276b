package org.tlang.tir;

/** A module-level `static` or `const` of a module. */
public record GlobalRef(String module, String name, Type type) {
    public String qualifiedName() {
        return module + "." + name;
    }
}
