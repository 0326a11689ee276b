package org.tlang.spi.program;

import org.tlang.api.Diagnostic;

/**
 * A static of a staged module whose type differs from the type of the value its module holds now.
 * Until the caller decides ({@link Staged#migrate} or {@link Staged#reset}) the stage cannot commit.
 *
 * @param module    the module
 * @param name      the static
 * @param oldType   its type in the version serving now
 * @param newType   its type in the staged version
 * @param at        its declaration in the staged version (an error there, message to be set)
 * @param migration the {@code #[migrate(name)]} function the staged version declares for it, or null
 */
public record StaticChange(String module, String name, String oldType, String newType, Diagnostic at, Migration migration) {

    /**
     * A declared migration.
     *
     * @param function  the function's name
     * @param signature its signature as written, e.g. {@code fn(Str) -> Float}
     * @param fits      whether it takes a value of the old type and returns one of the new type
     * @param at        the {@code #[migrate]} attribute
     */
    public record Migration(String function, String signature, boolean fits, Diagnostic at) {}
}
