package org.tlang.kernel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.tlang.modules.NativeStarter;
import org.tlang.spi.natives.NativeModule;

/**
 * The native modules of the runtime: those registered now, and the bundles that provide one but
 * are not started (the distribution's {@code std/}, installed at boot and left unresolved). The
 * first import of {@code std.http} resolves and starts the bundle that declares
 * {@code Provide-Capability: tlang.module; name=std.http}, every bundle it is wired to first
 * (Jetty), and hands the module its component registers to the program; a program that imports no
 * std module costs none of them.
 */
final class NativeBundles implements NativeStarter {
    static final String NAMESPACE = "tlang.module";

    private final BundleContext context;
    private final Supplier<List<NativeModule>> registered;

    /** @param registered the native module services registered now (SCR keeps the kernel's list) */
    NativeBundles(BundleContext context, Supplier<List<NativeModule>> registered) {
        this.context = context;
        this.registered = registered;
    }

    List<NativeModule> registered() {
        return registered.get();
    }

    @Override
    public synchronized NativeModule start(String name) {
        NativeModule module = find(name);
        if (module != null) return module;
        Bundle bundle = provider(name);
        if (bundle == null) return null;
        String failed = startOnDemand(context, bundle, true);
        if (failed != null) throw new IllegalStateException("cannot start " + name + ": " + failed);
        return find(name);
    }

    /**
     * Resolves and starts a bundle left unresolved at boot (a std module's, or a subsystem's that only
     * a profile's table asks for, {@code [cluster]}); with {@code wired}, every bundle it is wired to
     * first (a library whose ServiceLoader providers must be registered), else those are only
     * resolved (a library whose activator does what the subsystem does itself). Null if it started,
     * else why not.
     */
    static String startOnDemand(BundleContext context, Bundle bundle, boolean wired) {
        if (!context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
            return "bundle " + bundle.getSymbolicName() + " does not resolve: " + unresolved(bundle);
        }
        try {
            if (wired) startWithWires(bundle, new HashSet<>());
            else if (bundle.getState() == Bundle.RESOLVED) bundle.start(Bundle.START_TRANSIENT);
            return null;
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    private NativeModule find(String name) {
        for (NativeModule m : registered.get()) if (m.name().equals(name)) return m;
        return null;
    }

    private Bundle provider(String name) {
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null || b.getState() == Bundle.UNINSTALLED) continue;
            for (BundleCapability c : revision.getDeclaredCapabilities(NAMESPACE)) {
                if (name.equals(c.getAttributes().get("name"))) return b;
            }
        }
        return null;
    }

    /** Starts what {@code bundle} is wired to before it, so a library's services (Jetty's ServiceLoader providers) are there when it runs. */
    private static void startWithWires(Bundle bundle, Set<Bundle> seen) throws BundleException {
        if (!seen.add(bundle)) return;
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getRequiredWires(null)) startWithWires(wire.getProvider().getBundle(), seen);
        }
        boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        if (!fragment && bundle.getState() == Bundle.RESOLVED) bundle.start(Bundle.START_TRANSIENT);
    }

    private static String unresolved(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "unknown";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }
}
