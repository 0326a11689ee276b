package org.tlang.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.tlang.spi.Subsystems;

/** The subsystem implementations the installed bundles offer, read from their capabilities. */
final class SubsystemCatalog {
    private final BundleContext context;

    SubsystemCatalog(BundleContext context) {
        this.context = context;
    }

    /** Every offer of {@code kind}; the highest version first when a name is offered twice. */
    List<SubsystemOffer> offers(String kind) {
        List<SubsystemOffer> offers = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.UNINSTALLED) continue;
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null) continue;
            for (BundleCapability cap : revision.getDeclaredCapabilities(Subsystems.NAMESPACE)) {
                Map<String, Object> attrs = cap.getAttributes();
                if (!kind.equals(attrs.get(Subsystems.KIND))) continue;
                offers.add(new SubsystemOffer(kind, String.valueOf(attrs.get(Subsystems.NAME)), version(attrs.get("version")),
                        attrs.get("metatype") instanceof String ocd ? ocd : null, bundle, bundle.getBundleId() == context.getBundle().getBundleId(),
                        attrs.get("excludes") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of()));
            }
        }
        offers.sort((a, b) -> b.version().compareTo(a.version()));
        return offers;
    }

    Optional<SubsystemOffer> find(String kind, String name) {
        return offers(kind).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The names offered for {@code kind}, for error messages. */
    String available(String kind) {
        Collection<String> names = new TreeSet<>();
        offers(kind).forEach(o -> names.add(o.name()));
        return names.isEmpty() ? "none installed" : String.join(", ", names);
    }

    private static Version version(Object v) {
        return v instanceof Version version ? version : v == null ? Version.emptyVersion : Version.parseVersion(v.toString());
    }
}
