package org.tlang.spi.program;

import java.nio.file.Path;
import java.util.Map;

/**
 * One version of one module of a running program, as loaded or as staged. Immutable; a handle to
 * it may be kept (for a rollback) after it is replaced.
 */
public interface ModuleVersion {

    String name();

    /** 1 for the first load, one more for each switch that changed the module (a patch and a rollback too). */
    int version();

    /** The module's file (absolute, normalised). */
    Path file();

    /** How diagnostics and traces name the file. */
    String displayName();

    /** The source text this version was compiled from (the file may have changed since). */
    String source();

    /** Items of other modules this version uses ({@code module.item}) and the signature it was checked against. */
    Map<String, String> uses();

    /** The pub items and methods this version offers other modules, with their signatures. */
    Map<String, String> offers();

    /** Every function and method of this version ({@code name} or {@code Type::name}) with its signature. */
    Map<String, String> functions();
}
