package org.tlang.scheduler.faulty;

import java.util.concurrent.Executor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tlang.spi.scheduler.CountedScheduler;

/**
 * A test fixture, never shipped: a scheduler whose activation takes {@code start-ms}, and whose
 * tasks run on virtual threads ({@code tasks = "run"}), fail ({@code "fail"}) or never start
 * ({@code "hang"}). The integration tests swap to it to prove a broken implementation is rolled back.
 */
@Component(service = org.tlang.spi.scheduler.Scheduler.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.test.scheduler.faulty")
@Designate(ocd = FaultyScheduler.Config.class, factory = true)
public final class FaultyScheduler extends CountedScheduler {
    @ObjectClassDefinition(id = "org.tlang.test.scheduler.faulty", name = "scheduler faulty (test fixture)", description = "Starts slowly or fails its tasks.")
    public @interface Config {
        @AttributeDefinition(min = "0", description = "Activation takes this long.")
        long start$_$ms() default 0;

        @AttributeDefinition(description = "run, fail or hang.")

        String tasks() default "run";
    }

    @Activate
    public FaultyScheduler(Config config) throws InterruptedException {
        super(carriers(config.tasks()));
        Thread.sleep(config.start$_$ms());
    }

    private static Executor carriers(String tasks) {
        return switch (tasks) {
            case "run" -> r -> Thread.ofVirtual().start(r);
            case "fail" -> r -> {
                throw new IllegalStateException("this scheduler fails every task");
            };
            case "hang" -> r -> {};
            default -> throw new IllegalArgumentException("tasks must be run, fail or hang, got " + tasks);
        };
    }
}
