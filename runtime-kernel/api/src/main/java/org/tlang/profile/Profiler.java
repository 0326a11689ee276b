package org.tlang.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import jdk.jfr.Recording;

/**
 * Samples the CPU and the allocations of this JVM with JFR while a T program runs, and writes what
 * it saw: {@code NAME.cpu.collapsed}, {@code NAME.alloc.collapsed} and {@code NAME.profile.html}
 * (both flamegraphs, self-contained).
 */
public final class Profiler implements AutoCloseable {
    private final Recording recording = new Recording();

    public Profiler() {
        recording.enable(Stacks.CPU_EVENT).withPeriod(Duration.ofMillis(10)).withStackTrace();
        // JDK 25's CPU-time sampler (Linux): samples by CPU time used, every thread; where it exists it sees far more
        recording.enable(Stacks.CPU_TIME_EVENT).with("throttle", "5ms").withStackTrace();
        recording.enable(Stacks.ALLOCATION_EVENT).withStackTrace().with("throttle", "1000/s");
        recording.setToDisk(true);
        recording.start();
    }

    /** Stops sampling and writes the three files for {@code name} into {@code folder}; gives the HTML's path. */
    public Path write(Path folder, String name) throws IOException {
        recording.stop();
        Path jfr = Files.createTempFile("tlang-profile-", ".jfr");
        try {
            recording.dump(jfr);
            Stacks stacks = Stacks.read(jfr);
            Files.writeString(folder.resolve(name + ".cpu.collapsed"), Stacks.collapsed(stacks.cpu()));
            Files.writeString(folder.resolve(name + ".alloc.collapsed"), Stacks.collapsed(stacks.allocation()));
            Map<String, String> graphs = new LinkedHashMap<>();
            graphs.put("CPU", Flamegraph.svg("CPU: " + name, stacks.cpu(), "samples"));
            graphs.put("Allocation", Flamegraph.svg("Allocation: " + name, stacks.allocation(), "bytes"));
            Path html = folder.resolve(name + ".profile.html");
            Files.writeString(html, Flamegraph.page("tlang profile of " + name, graphs));
            return html;
        } finally {
            Files.deleteIfExists(jfr);
        }
    }

    @Override
    public void close() {
        recording.close();
    }
}
