package org.tlang.kernel;

import java.time.Duration;
import java.util.Map;
import org.tlang.sandbox.Sandbox;
import org.tlang.spi.log.LogSettings;

/**
 * A runtime profile, read from TOML: which implementation serves each subsystem kind, with its
 * settings, and the kernel's own settings.
 *
 * @param choices       kind -> choice, in binding order
 * @param swapDeadline  how long a swap waits for work in flight on the old implementation
 * @param startTimeout  how long the kernel waits for a new implementation to start
 * @param drain         how long a drain ({@code SIGTERM}) gives work in flight, and then shutdown hooks ({@code [shutdown] drain-ms})
 * @param modules       settings of std modules by table ({@code [http]}), every known table present
 *                      (empty when the profile has none): see {@link ProfileReader#MODULES}
 * @param sandbox       what {@code [sandbox]} grants each package
 * @param log           what {@code [log]} asks of the runtime's logging ({@link LogTable})
 * @param text          the profile as read, and {@code overrides} the implementations chosen instead of
 *                      its own ({@code --tier}): what an isolated program's child runtime composes
 */
record Profile(Map<String, Choice> choices, Duration swapDeadline, Duration startTimeout, Duration drain, Map<String, Map<String, Object>> modules,
               Sandbox sandbox, LogSettings log, String text, Map<String, String> overrides) {

    /** One subsystem table: {@code [scheduler] impl = "pool"  threads = 4}, and the installed offer it takes. */
    record Choice(String kind, String impl, Map<String, Object> settings, SubsystemOffer offer) {}
}
