package org.tlang.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;

/**
 * A started subsystem implementation with its settings: the configuration the kernel created for it and the service
 * its component registered. A built-in one has neither configuration nor reference.
 */
record Binding(SubsystemOffer offer, Map<String, Object> settings, Configuration configuration, ServiceReference<?> reference,
               Object service) {

    String name() {
        return offer.name();
    }

    /** The settings it was started with, in the order its implementation declares them. */
    Map<String, Object> settingsInOrder() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : offer.settings().keySet()) {
            if (settings.containsKey(key)) ordered.put(key, settings.get(key));
        }
        settings.forEach(ordered::putIfAbsent);
        return Collections.unmodifiableMap(ordered);
    }

    /** True if this is {@code other} (the same name from the same bundle) started with exactly {@code settings}. */
    boolean is(SubsystemOffer other, Map<String, Object> settings) {
        if (!offer.name().equals(other.name()) || offer.bundle() != other.bundle() || !this.settings.keySet().equals(settings.keySet())) return false;
        return this.settings.entrySet().stream().allMatch(e -> Objects.deepEquals(e.getValue(), settings.get(e.getKey())));
    }
}
