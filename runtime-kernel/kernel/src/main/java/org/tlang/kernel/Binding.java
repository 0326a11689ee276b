package org.tlang.kernel;

import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;

/**
 * A started subsystem implementation: the configuration the kernel created for it and the service
 * its component registered. A built-in one has neither configuration nor reference.
 */
record Binding(SubsystemOffer offer, Configuration configuration, ServiceReference<?> reference, Object service) {

    String name() {
        return offer.name();
    }
}
