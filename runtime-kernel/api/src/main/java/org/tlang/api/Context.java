package org.tlang.api;

/**
 * One caller's view of a runtime, made by {@link TlangRuntime#context}: T modules loaded once and
 * kept (their statics live as long as the context), with the grants and limits of its
 * {@link ContextOptions}. A runtime holds any number of contexts; they share nothing but the
 * runtime's subsystems. Calls may come from several threads at once; each runs on its caller's thread.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Context extends AutoCloseable {

    /**
     * Calls the {@code pub fn} {@code function} of {@code module} with {@code args} and returns its
     * result ({@link Value#UNIT} for none). {@code module} is a module name found below the
     * context's root ({@code app.math}) or the path of a {@code .t} file; it is compiled at its first
     * call. Each call has the context's deadline and fuel of its own.
     *
     * @throws TlangException the module does not compile ({@link TlangException#diagnostics}),
     *                        there is no such module or pub fn, the arguments do not fit its
     *                        parameters, or the function panicked ({@link TlangException#panic},
     *                        with the T stack trace), ran past its deadline or out of fuel
     */
    Value execute(String module, String function, Value... args);

    /**
     * Compiles {@code module} (as {@link #execute} names it) and what it imports now, rather than
     * at its first call, and runs its static initialisers.
     *
     * @throws TlangException there is no such module, or it does not compile
     */
    void load(String module);

    /** Closes what the context's T code left open (files, sockets); later calls are refused. */
    @Override
    void close();
}
