package org.tlang.kernel;

import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * One implementation of a subsystem kind that an installed bundle offers through its
 * {@code tlang.subsystem} capability.
 *
 * @param settings the settings a profile may give it, with their types, in declared order
 *                 (capability attribute {@code settings}: {@code "threads:int,trace:bool"}; no type: any value)
 * @param builtIn  true when the kernel bundle itself provides it: nothing to configure or start
 * @param excludes the implementations of other kinds it cannot work with, {@code kind:name} (capability attribute {@code excludes}; see {@link Conflicts})
 */
record SubsystemOffer(String kind, String name, Version version, Map<String, SettingType> settings, Bundle bundle, boolean builtIn,
                      List<String> excludes) {

    String label() {
        return kind + " '" + name + "' " + version;
    }
}
