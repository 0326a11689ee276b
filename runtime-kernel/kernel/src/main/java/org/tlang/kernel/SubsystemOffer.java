package org.tlang.kernel;

import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * One implementation of a subsystem kind that an installed bundle offers through its
 * {@code tlang.subsystem} capability.
 *
 * @param metatype the object class of its metatype that declares its settings (capability attribute
 *                 {@code metatype}), or null: it takes none
 * @param builtIn  true when the kernel bundle itself provides it: nothing to configure or start
 * @param excludes the implementations of other kinds it cannot work with, {@code kind:name} (capability attribute {@code excludes}; see {@link Conflicts})
 */
record SubsystemOffer(String kind, String name, Version version, String metatype, Bundle bundle, boolean builtIn,
                      List<String> excludes) {

    /** The settings it takes, in declared order, read from its bundle's metatype (only when asked: most profiles give none). */
    Map<String, Setting> settings() {
        return metatype == null ? Map.of() : Metatype.read(bundle, metatype);
    }

    String label() {
        return kind + " '" + name + "' " + version;
    }
}
