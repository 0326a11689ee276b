package org.tlang.kernel;

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
 */
record SubsystemOffer(String kind, String name, Version version, Map<String, SettingType> settings, Bundle bundle, boolean builtIn) {

    String label() {
        return kind + " '" + name + "' " + version;
    }
}
