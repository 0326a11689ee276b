package org.tlang.kernel;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.tlang.api.CheckResult;
import org.tlang.api.RunRequest;
import org.tlang.spi.scheduler.Scheduler;

/** TEMPORARY until org.tlang.modules lands. */
final class Programs {
    Programs(BundleContext context, Scheduler scheduler) {}

    int run(RunRequest request) {
        request.err().println("not yet");
        return 1;
    }

    CheckResult check(Path file) {
        return new CheckResult(1, "not yet");
    }
}
