package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.tlang.distribution.DapClient.args;
import static org.tlang.distribution.DapClient.list;
import static org.tlang.distribution.DapClient.obj;

/**
 * {@code tlang debug}: a scripted Debug Adapter Protocol client, as an editor would drive it, sets
 * a breakpoint on a T line, sees the stop, the T stack and the locals by their T names, steps in,
 * over and out, moves the breakpoint and continues to the end; and a breakpoint on a line with no
 * statement is not verified.
 */
class DebuggerIT {
    static final Path FILE = Path.of("src/test/resources/t/debug/steps.t").toAbsolutePath();
    static final Path ATTACH = Path.of("src/test/resources/t/debug/attach.t").toAbsolutePath();

    @Test
    void anEditorStopsAtABreakpointSeesLocalsAndSteps() throws Exception {
        List<String> command = CommandLineIT.launcher();
        command.addAll(List.of("debug", "--port", "0", FILE.toString()));
        try (Launched p = new Launched(command)) {
            String said = p.err.await(t -> t.contains("debugger listening on 127.0.0.1:") || !p.process.isAlive(), java.time.Duration.ofSeconds(60), "the debugger to listen");
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(said);
            assertTrue(m.find(), said);
            try (DapClient dap = new DapClient(Integer.parseInt(m.group(1)))) {
                assertEquals(true, dap.request("initialize", args("adapterID", "tlang")).get("supportsConfigurationDoneRequest"));
                dap.event("initialized");
                List<Object> set = list(dap.request("setBreakpoints", breakpoints(10, 5)).get("breakpoints"));
                assertEquals(true, obj(set.get(0)).get("verified"), set.toString());
                assertEquals(false, obj(set.get(1)).get("verified"), "line 5 is empty: " + set);
                dap.request("launch", args());
                dap.request("configurationDone", null);

                long thread = stopped(dap, "breakpoint");
                assertEquals(List.of("steps.main:10"), stack(dap, thread));
                assertEquals(Map.of("name", "\"t\"", "total", "0", "i", "0"), locals(dap, thread));

                dap.request("stepIn", args("threadId", thread));
                assertEquals(thread, stopped(dap, "step"));
                assertEquals(List.of("steps.square:2", "steps.main:10"), stack(dap, thread));
                assertEquals(Map.of("n", "0"), locals(dap, thread));

                dap.request("next", args("threadId", thread));
                stopped(dap, "step");
                assertEquals(List.of("steps.square:3", "steps.main:10"), stack(dap, thread));
                assertEquals(Map.of("n", "0", "sq", "0"), locals(dap, thread));

                dap.request("stepOut", args("threadId", thread));
                stopped(dap, "step");
                assertEquals(List.of("steps.main:10"), stack(dap, thread));
                assertEquals("1", locals(dap, thread).get("i"), "the next round of the loop");

                dap.request("setBreakpoints", breakpoints(12));
                dap.request("continue", args("threadId", thread));
                stopped(dap, "breakpoint");
                assertEquals(List.of("steps.main:12"), stack(dap, thread));
                assertEquals("5", locals(dap, thread).get("total"));

                dap.request("continue", args("threadId", thread));
                assertEquals(0L, dap.event("exited").get("exitCode"));
                dap.event("terminated");
            }
            assertTrue(p.exited(60), p.err.text());
            assertEquals(0, p.process.exitValue(), p.err.text());
            assertEquals("total 5 t\n", p.out.text());
        }
    }

    @Test
    void aClientAttachesToARunningProgramWhoseCodeIsCompiledAndLeavesItRunning() throws Exception {
        Path file = ATTACH;
        List<String> command = CommandLineIT.launcher();
        command.addAll(List.of("run", "--debug-port", "0", file.toString()));
        try (Launched p = new Launched(command)) {
            String said = p.err.await(t -> t.contains("debugger listening on 127.0.0.1:") || !p.process.isAlive(), java.time.Duration.ofSeconds(60), "the debugger to listen");
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(said);
            assertTrue(m.find(), said);
            Thread.sleep(1500); // the program runs meanwhile: work is hot, and compiled by the tiered tier
            try (DapClient dap = new DapClient(Integer.parseInt(m.group(1)))) {
                dap.request("initialize", args("adapterID", "tlang"));
                dap.event("initialized");
                dap.request("attach", args());
                assertEquals(true, obj(list(dap.request("setBreakpoints", breakpoints(file, 2)).get("breakpoints")).get(0)).get("verified"));
                dap.request("configurationDone", null);
                long thread = stopped(dap, "breakpoint");
                // work was called after the attach, so it runs the code compiled for the debugger. main began before it: its frame
                // shows (function and line) if it went on in compiled code through OSR, and not if it is still interpreted
                List<String> frames = stack(dap, thread, file);
                assertTrue(frames.equals(List.of("attach.work:2")) || frames.equals(List.of("attach.work:2", "attach.main:11")), frames.toString());
                long i = Long.parseLong(locals(dap, thread).get("i"));
                assertTrue(i >= 0 && i < 300, "a call of the slow loop: " + i);
                dap.request("disconnect", args());
            }
            assertTrue(p.exited(60), p.err.text());
            assertEquals(0, p.process.exitValue(), p.err.text());
            long sum = 0;
            for (long k = 0; k < 200000; k++) sum = (sum + 2 * k + 1) % 1000003;
            for (long k = 0; k < 300; k++) sum = (sum + 2 * k + 1) % 1000003;
            assertEquals("sum " + sum + "\n", p.out.text(), "it ran on to its end after the client went");
        }
    }

    private static Map<String, Object> breakpoints(int... lines) {
        return breakpoints(FILE, lines);
    }

    private static Map<String, Object> breakpoints(Path file, int... lines) {
        List<Object> list = new java.util.ArrayList<>();
        for (int line : lines) list.add(args("line", (long) line));
        return args("source", args("path", file.toString()), "breakpoints", list);
    }

    private static long stopped(DapClient dap, String reason) throws InterruptedException {
        Map<String, Object> e = dap.event("stopped");
        assertEquals(reason, e.get("reason"), e.toString());
        return (Long) e.get("threadId");
    }

    /** The stopped thread's frames as {@code function:line}, innermost first, each with the source's path. */
    private static List<String> stack(DapClient dap, long thread) throws Exception {
        return stack(dap, thread, FILE);
    }

    private static List<String> stack(DapClient dap, long thread, Path file) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (Object o : list(dap.request("stackTrace", args("threadId", thread)).get("stackFrames"))) {
            Map<String, Object> f = obj(o);
            assertEquals(file.toString(), obj(f.get("source")).get("path"), f.toString());
            out.add(f.get("name") + ":" + f.get("line"));
        }
        return out;
    }

    private static Map<String, String> locals(DapClient dap, long thread) throws Exception {
        Object frame = obj(list(dap.request("stackTrace", args("threadId", thread)).get("stackFrames")).get(0)).get("id");
        Object ref = obj(list(dap.request("scopes", args("frameId", frame)).get("scopes")).get(0)).get("variablesReference");
        Map<String, String> out = new LinkedHashMap<>();
        for (Object o : list(dap.request("variables", args("variablesReference", ref)).get("variables"))) out.put((String) obj(o).get("name"), (String) obj(o).get("value"));
        return out;
    }
}
