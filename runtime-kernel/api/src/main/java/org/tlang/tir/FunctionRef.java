package org.tlang.tir;

/**
 * A named T function: module, name ({@code Type::method} for methods) and its declared signature.
 * The signature is part of the identity used for linkage: a call site links to the function cell
 * of exactly this signature.
 */
public record FunctionRef(String module, String name, Type.Fn signature) {
    public String qualifiedName() {
        return module + "." + name;
    }
}
