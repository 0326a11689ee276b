package org.tlang.ffi.panama;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared libraries opened so far, each once. A library stays loaded while a handle of one of
 * its functions is reachable (an automatic arena): a program that still calls through a handle
 * after a swap never calls into an unloaded library.
 */
final class Libraries {
    private final Map<String, SymbolLookup> open = new ConcurrentHashMap<>();

    /** The address of {@code symbol} of {@code library} (a name the dynamic loader finds, or a path with a {@code /}). */
    MemorySegment find(String library, String symbol) {
        SymbolLookup lookup = open.computeIfAbsent(library, Libraries::load);
        return lookup.find(symbol).orElseThrow(() -> new IllegalArgumentException(library + " has no symbol `" + symbol + "`"));
    }

    int count() {
        return open.size();
    }

    private static SymbolLookup load(String library) {
        try {
            return library.contains("/") ? SymbolLookup.libraryLookup(Path.of(library), Arena.ofAuto())
                    : SymbolLookup.libraryLookup(library, Arena.ofAuto());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot open library " + library + " ("
                    + (library.contains("/") ? "no such file, or not a shared library" : "no library of that name where the dynamic loader looks") + ")");
        }
    }
}
