package org.tlang.spi.natives;

import java.util.List;
import java.util.Map;

/**
 * A T module whose functions are written in Java, e.g. {@code std.json}. Registered as an OSGi
 * service; the kernel gives every program it runs the native modules registered at the time, and
 * {@code import std.json;} binds to the one whose {@link #name()} matches.
 *
 * <p>A native module may also have T source ({@link #source()}): struct and enum declarations its
 * functions take and return, and T functions, impls and consts built on them. The source is
 * compiled by the front end as the module itself (so errors in it are ordinary T diagnostics,
 * reported against {@code <std.json>}); the Java functions are declared in that module before its
 * bodies are checked, so the T code can call them and their signatures can name its types.
 *
 * <p>In the source of a module with Java functions, a struct without fields is a <em>native
 * type</em> ({@code pub struct SortedMap<K, V> {}}): its values are whatever Java objects those
 * functions make and take, and T code has no literal or struct pattern for it, so every value of
 * the type came from Java. Such a value prints as {@link org.tlang.runtime.Printer} prints any
 * object (a {@link java.util.Map} as a T Map, a {@link java.util.Collection} as a Vec, or as a Set
 * if it is a {@link java.util.Set}, anything else by {@code toString}) and compares ({@code ==})
 * and hashes by {@code equals} and {@code hashCode}. Its methods are T code in an {@code impl}
 * calling the Java functions.
 */
public interface NativeModule {

    /** The module path T code imports, e.g. {@code std.math}. */
    String name();

    /** The functions implemented in Java; all are {@code pub}. */
    List<NativeFunction> functions();

    /**
     * T source of the module's own declarations (types, T functions, impls, consts); empty for a
     * module of functions only. It may import other modules, native ones included.
     */
    default String source() {
        return "";
    }

    /**
     * The structs of {@link #source()} whose values are handles of resources the module opened
     * ({@code TcpStream { id: Int, peer: Str }}), each with its Int fields that are ids in
     * {@link Resources}: how the kernel finds the resources a value hands on to another task.
     */
    default Map<String, List<String>> handles() {
        return Map.of();
    }

    /**
     * Functions that want to know which module calls them: a direct call of the key from another
     * module calls the value instead, a function of the same module taking the calling module's
     * name first ({@code "info" -> "info_in"}: {@code log.info(m)} in module {@code shop} runs
     * {@code log.info_in("shop", m)}). A call through a function value calls the key.
     */
    default Map<String, String> callerForms() {
        return Map.of();
    }
}
