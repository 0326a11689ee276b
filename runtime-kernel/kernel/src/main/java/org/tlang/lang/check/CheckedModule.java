package org.tlang.lang.check;

import java.util.Map;
import org.tlang.lang.syntax.SourceUnit;

/**
 * A module that passed the checker. {@code uses} maps every item of another module this one uses
 * ({@code module.item}) to the signature it was checked against.
 */
public record CheckedModule(String name, SourceUnit syntax, ModuleInterface iface, Typing typing, Map<String, String> uses) {}
