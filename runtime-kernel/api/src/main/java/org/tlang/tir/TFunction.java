package org.tlang.tir;

import java.util.List;

/**
 * One function body: a named function, a method, a closure body or a static initialiser.
 * Locals {@code 0..params.size()-1} are the parameters; a closure's captured variables follow
 * them. {@code localCount} is the number of distinct locals (frame size).
 */
public record TFunction(String module, String name, String file, Pos pos, List<TLocal> params, Type result,
                        TExpr body, int localCount, boolean isAsync) {
    public String qualifiedName() {
        return module + "." + name;
    }

    public Type.Fn signature() {
        return new Type.Fn(params.stream().map(TLocal::type).toList(), result);
    }
}
