/**
 * The JIT's code generator: one TIR function to one JVM class. {@link
 * org.tlang.jit.codegen.FunctionCompiler} lays out the classes (a function's, a closure's, a loop's
 * on-stack-replacement entry) and {@link org.tlang.jit.codegen.GeneratedClass} gathers what a class
 * collects (constants, closure classes, interpreted parts); for each method body an {@link
 * org.tlang.jit.codegen.Emitter} holds the state its generators share: {@code Expressions}
 * (dispatch, constants, locals), {@code Operators}, {@code ControlFlow}, {@code Patterns}, {@code
 * Structs}, {@code Containers}, {@code Calls}, {@code Closures}, {@code Islands} and {@code
 * OnStackReplacement}. {@link org.tlang.jit.codegen.Repr} is how a value is represented on the JVM,
 * {@link org.tlang.jit.codegen.Descs} the classes generated code names.
 */
package org.tlang.jit.codegen;
