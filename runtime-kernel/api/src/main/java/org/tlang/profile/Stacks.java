package org.tlang.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.tlang.runtime.PanicException;

/**
 * The T stacks of a JFR recording, collapsed ({@code main;work;hot} and a weight, as
 * flamegraph tools take them): CPU samples counted (execution samples, and CPU-time samples where
 * the JVM takes them), allocation samples weighted by bytes. A frame
 * is a T function with its file and line ({@code app.hot (app.t:4)}); the JVM's and the runtime's
 * own frames are left out, and a sample with no T frame is not counted.
 */
public record Stacks(Map<String, Long> cpu, Map<String, Long> allocation) {
    static final String CPU_EVENT = "jdk.ExecutionSample";
    static final String CPU_TIME_EVENT = "jdk.CPUTimeSample";
    static final String ALLOCATION_EVENT = "jdk.ObjectAllocationSample";

    public static Stacks read(Path recording) throws IOException {
        Map<String, Long> cpu = new LinkedHashMap<>();
        Map<String, Long> allocation = new LinkedHashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String name = e.getEventType().getName();
                boolean onCpu = name.equals(CPU_EVENT) || name.equals(CPU_TIME_EVENT);
                if (!onCpu && !name.equals(ALLOCATION_EVENT)) continue;
                String stack = collapse(e.getStackTrace());
                if (stack == null) continue;
                if (onCpu) cpu.merge(stack, 1L, Long::sum);
                else allocation.merge(stack, e.getLong("weight"), Long::sum);
            }
        }
        return new Stacks(cpu, allocation);
    }

    /** The T frames of {@code trace}, outermost first, joined by {@code ;}; null if it has none. */
    static String collapse(RecordedStackTrace trace) {
        if (trace == null) return null;
        List<String> frames = new ArrayList<>();
        for (RecordedFrame f : trace.getFrames()) {
            String frame = frame(f);
            if (frame != null && (frames.isEmpty() || !frames.getLast().equals(frame))) frames.add(frame);
        }
        if (frames.isEmpty()) return null;
        Collections.reverse(frames);
        return String.join(";", frames);
    }

    /** {@code module.function (file:line)} for a frame of compiled T code, else null. */
    static String frame(RecordedFrame f) {
        if (!f.isJavaFrame() || f.getMethod() == null) return null;
        String className = f.getMethod().getType().getName();
        if (!className.startsWith(PanicException.COMPILED_PREFIX)) return null;
        if (f.getMethod().getName().startsWith("lambda$")) return null;
        return PanicException.compiledFunction(className) + " (" + sourceFile(className) + ":" + f.getLineNumber() + ")";
    }

    /** The file a compiled class names as its source: the last part of the module's name, .t. */
    private static String sourceFile(String className) {
        String function = PanicException.compiledFunction(className);
        String module = function.substring(0, function.lastIndexOf('.'));
        return module.substring(module.lastIndexOf('.') + 1) + ".t";
    }

    /** {@code stacks} as collapsed-stack lines, heaviest first. */
    public static String collapsed(Map<String, Long> stacks) {
        StringBuilder sb = new StringBuilder();
        stacks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
        return sb.toString();
    }
}
