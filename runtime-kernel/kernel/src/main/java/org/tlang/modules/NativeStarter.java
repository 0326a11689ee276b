package org.tlang.modules;

import org.tlang.spi.natives.NativeModule;

/**
 * Starts a native module that is installed but not running, for a program that imports it: the
 * kernel starts a std module's bundle when a program first imports the module.
 */
@FunctionalInterface
public interface NativeStarter {
    NativeStarter NONE = name -> null;

    /**
     * The native module {@code name}, started now; null if nothing provides it.
     *
     * @throws IllegalStateException if it is there but cannot start (the message says why)
     */
    NativeModule start(String name);
}
