package org.tlang.kernel;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.tlang.spi.Subsystems;

/**
 * Starts and stops subsystem components. Each start creates a new factory configuration for the
 * implementation's component, so two instances of one implementation (old and new settings) can
 * run side by side during a swap; the component requires its configuration, so nothing runs that
 * the kernel did not ask for.
 */
final class ComponentStarter {
    /** The property SPI Fly sets on each service it registers for a bundle's META-INF/services. */
    static final String SERVICELOADER_MEDIATOR = "serviceloader.mediator";

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final ServiceComponentRuntime scr;

    ComponentStarter(BundleContext context, ConfigurationAdmin configAdmin, ServiceComponentRuntime scr) {
        this.context = context;
        this.configAdmin = configAdmin;
        this.scr = scr;
    }

    Binding start(SubsystemOffer offer, Class<?> spi, Map<String, Object> settings, Duration timeout) throws StartFailure {
        if (offer.builtIn()) return new Binding(offer, Map.copyOf(settings), null, null, null);
        if (offer.bundle().getState() != org.osgi.framework.Bundle.ACTIVE) {
            String failed = NativeBundles.startOnDemand(context, offer.bundle(), false);
            if (failed != null) throw new StartFailure(offer.label() + ": " + failed);
        }
        Optional<ComponentDescriptionDTO> described = component(offer, spi);
        if (described.isEmpty()) return serviceLoaderProvider(offer, spi, settings);
        ComponentDescriptionDTO component = described.get();
        Configuration config;
        Registered registered = null;
        try {
            // bound to the offer's bundle: with two versions of an implementation installed, only that one gets it
            config = configAdmin.createFactoryConfiguration(component.configurationPid[0], offer.bundle().getLocation());
            registered = new Registered(context, config.getPid());
            Hashtable<String, Object> props = new Hashtable<>(settings);
            props.put(Subsystems.SERVICE_KIND, offer.kind());
            props.put(Subsystems.SERVICE_NAME, offer.name());
            config.update(props);
        } catch (IOException e) {
            if (registered != null) registered.close();
            throw new StartFailure(offer.label() + ": cannot configure it: " + e.getMessage());
        } catch (RuntimeException e) {
            if (registered != null) registered.close();
            throw e;
        }
        String pid = config.getPid();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Registered wake = registered) {
            for (int polls = 0; ; polls++) {
                int state = state(component, pid);
                if (state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    throw new StartFailure(offer.label() + " failed to start: " + failure(component, pid));
                }
                // getService waits for an activation in progress, however long it takes: ask only once it has ended
                ServiceReference<?> ref = state == ComponentConfigurationDTO.ACTIVE ? serviceOf(spi, pid) : null;
                if (ref != null) {
                    Object service = context.getService(ref);
                    if (service != null) return new Binding(offer, Map.copyOf(settings), config, ref, service);
                }
                if (System.nanoTime() > deadline) {
                    throw new StartFailure(offer.label() + " did not start within " + timeout.toMillis() + " ms");
                }
                // SCR activates it on Config Admin's thread: look again when its service registers, else
                // soon (1 ms, growing to 5), since its state changes to active with no event of its own
                wake.await(Math.min(5, 1 + polls / 2));
            }
        } catch (StartFailure | RuntimeException e) {
            deleteQuietly(config);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(config);
            throw new StartFailure(offer.label() + ": interrupted while starting");
        }
    }

    /**
     * A plain-jar plugin's provider of {@code spi}, which SPI Fly registered for the offer's bundle
     * from its {@code META-INF/services}: it has no configuration, so it takes no settings, and is
     * bound as it is while its bundle runs.
     */
    private Binding serviceLoaderProvider(SubsystemOffer offer, Class<?> spi, Map<String, Object> settings) throws StartFailure {
        ServiceReference<?> ref = null;
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(spi.getName(), "(" + SERVICELOADER_MEDIATOR + "=*)");
            if (refs != null) {
                for (ServiceReference<?> r : refs) if (r.getBundle() == offer.bundle()) ref = r;
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (ref == null) {
            throw new StartFailure(offer.label() + ": bundle " + offer.bundle().getSymbolicName() + " has no component providing "
                    + spi.getName() + ", nor a META-INF/services provider registered by SPI Fly");
        }
        if (!settings.isEmpty()) {
            throw new StartFailure(offer.label() + " takes no settings (a META-INF/services provider has no configuration): got "
                    + String.join(", ", settings.keySet()));
        }
        Object service = context.getService(ref);
        if (service == null) throw new StartFailure(offer.label() + ": its provider could not be made");
        return new Binding(offer, Map.of(), null, ref, service);
    }

    /** Wakes a waiting start when a service of the configuration {@code pid} is registered or changes. */
    private static final class Registered implements AutoCloseable {
        private final BundleContext context;
        private final Semaphore events = new Semaphore(0);
        private final ServiceListener listener = event -> events.release();

        Registered(BundleContext context, String pid) {
            this.context = context;
            try {
                context.addServiceListener(listener, "(" + Constants.SERVICE_PID + "=" + pid + ")");
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Waits up to {@code ms} for an event, or returns at once if one came since the last wait. */
        void await(long ms) throws InterruptedException {
            if (events.tryAcquire(ms, TimeUnit.MILLISECONDS)) events.drainPermits();
        }

        @Override
        public void close() {
            try {
                context.removeServiceListener(listener);
            } catch (IllegalStateException e) {
                // the kernel's bundle is stopping: its listeners go with it
            }
        }
    }

    /** Releases the service and deletes the configuration, which makes SCR deactivate the component. */
    void stop(Binding binding) {
        if (binding.reference() != null) {
            try {
                context.ungetService(binding.reference());
            } catch (IllegalStateException e) {
                // the service is already gone
            }
        }
        if (binding.configuration() != null) deleteQuietly(binding.configuration());
    }

    /**
     * An implementation installed on demand (the distribution's {@code std/} folder: telemetry, whose
     * SDK start-up should not pay for) is started when a profile, swap or apply first binds it.
     */
    private Optional<ComponentDescriptionDTO> component(SubsystemOffer offer, Class<?> spi) {
        return scr.getComponentDescriptionDTOs(offer.bundle()).stream()
                .filter(d -> Arrays.asList(d.serviceInterfaces).contains(spi.getName()))
                .findFirst();
    }

    private ServiceReference<?> serviceOf(Class<?> spi, String pid) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(spi.getName(), "(" + Constants.SERVICE_PID + "=" + pid + ")");
            return refs == null ? null : refs[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state of the component's configuration made for {@code pid}; 0 while SCR has not made it yet. */
    private int state(ComponentDescriptionDTO component, String pid) {
        ComponentConfigurationDTO c = configuration(component, pid);
        return c == null ? 0 : c.state;
    }

    private String failure(ComponentDescriptionDTO component, String pid) {
        ComponentConfigurationDTO c = configuration(component, pid);
        return innermostMessage(c == null ? null : c.failure);
    }

    private ComponentConfigurationDTO configuration(ComponentDescriptionDTO component, String pid) {
        for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(component)) {
            if (pid.equals(c.properties.get(Constants.SERVICE_PID))) return c;
        }
        return null;
    }

    /** SCR reports a failed activation as a stack trace; the innermost cause's message is what the operator needs. */
    static String innermostMessage(String failure) {
        if (failure == null) return "activation failed";
        String line = failure.lines().findFirst().orElse(failure);
        for (String l : failure.lines().toList()) {
            if (l.startsWith("Caused by: ")) line = l.substring("Caused by: ".length());
        }
        int colon = line.indexOf(": ");
        return colon > 0 && line.substring(0, colon).matches("[\\w.$]+") ? line.substring(colon + 2) : line;
    }

    private static void deleteQuietly(Configuration config) {
        try {
            config.delete();
        } catch (IOException | IllegalStateException e) {
            // already deleted
        }
    }
}
