/**
 * The built-ins of the prelude: each one a row (key, T signature, how a compiling tier calls it)
 * naming a public static Java method beside it. One file per receiver type ({@code StrBuiltins}
 * holds the methods of {@code Str}, {@code PreludeBuiltins} the free functions);
 * {@link org.tlang.runtime.builtins.BuiltinTable} collects them. The checker types calls from the
 * signatures, the interpreter calls {@link org.tlang.runtime.builtins.Builtin#boxed()}, the JIT
 * emits {@code invokestatic} of {@link org.tlang.runtime.builtins.Builtin#method()}. See
 * "Built-ins" in docs/runtime.md for how to add one.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tlang.runtime.builtins;
