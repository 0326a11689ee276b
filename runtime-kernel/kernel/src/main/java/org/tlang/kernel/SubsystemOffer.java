package org.tlang.kernel;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * One implementation of a subsystem kind that an installed bundle offers through its
 * {@code tlang.subsystem} capability.
 *
 * @param settings the setting keys a profile may give it (capability attribute {@code settings})
 * @param builtIn  true when the kernel bundle itself provides it: nothing to configure or start
 */
record SubsystemOffer(String kind, String name, Version version, List<String> settings, Bundle bundle, boolean builtIn) {

    String label() {
        return kind + " '" + name + "' " + version;
    }
}
