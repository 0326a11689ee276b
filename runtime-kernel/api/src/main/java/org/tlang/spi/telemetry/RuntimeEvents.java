package org.tlang.spi.telemetry;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * The runtime's JFR events ({@code org.tlang.*}), recorded whenever a JFR recording that enables
 * them runs ({@code -XX:StartFlightRecording}, {@code jcmd PID JFR.start}, {@code tlang profile}),
 * whatever telemetry is bound. Cheap when no recording is on: an event object is made and dropped.
 * Those with a duration are started with {@code start()} and committed by {@code end(..)}.
 */
public final class RuntimeEvents {
    private RuntimeEvents() {}

    @Name("org.tlang.Reload")
    @Label("T Reload")
    @Category({"tlang", "Modules"})
    public static final class Reload extends Event {
        @Label("Modules") String modules;
        @Label("Outcome") String outcome;

        private Reload() {}

        public static Reload start() {
            Reload e = new Reload();
            e.begin();
            return e;
        }

        /** @param outcome {@code applied}, {@code refused} or {@code rolled-back} */
        public void end(String modules, String outcome) {
            if (!shouldCommit()) return;
            this.modules = modules;
            this.outcome = outcome;
            commit();
        }
    }

    @Name("org.tlang.Swap")
    @Label("T Subsystem Swap")
    @Category({"tlang", "Subsystems"})
    public static final class Swap extends Event {
        @Label("Kind") String kind;
        @Label("From") String from;
        @Label("To") String to;
        @Label("Outcome") String outcome;

        private Swap() {}

        public static Swap start() {
            Swap e = new Swap();
            e.begin();
            return e;
        }

        public void end(String kind, String from, String to, boolean ok) {
            if (!shouldCommit()) return;
            this.kind = kind;
            this.from = from;
            this.to = to;
            this.outcome = ok ? "swapped" : "refused";
            commit();
        }
    }

    @Name("org.tlang.Compile")
    @Label("T Function Compiled")
    @Category({"tlang", "Tiers"})
    public static final class Compile extends Event {
        @Label("Function") String function;
        @Label("Tier") String tier;
        @Label("Bytecode Size") int bytes;

        private Compile() {}

        public static Compile start() {
            Compile e = new Compile();
            e.begin();
            return e;
        }

        public void end(String function, String tier, int bytes) {
            if (!shouldCommit()) return;
            this.function = function;
            this.tier = tier;
            this.bytes = bytes;
            commit();
        }
    }

    @Name("org.tlang.Deoptimize")
    @Label("T Function Deoptimized")
    @Category({"tlang", "Tiers"})
    static final class Deoptimize extends Event {
        @Label("Function") String function;
        @Label("Reason") String reason;
    }

    /** Compiled code of {@code function} was dropped and calls go back to the interpreter, because of {@code reason}. */
    public static void deoptimized(String function, String reason) {
        Deoptimize e = new Deoptimize();
        if (!e.shouldCommit()) return;
        e.function = function;
        e.reason = reason;
        e.commit();
    }

    @Name("org.tlang.Panic")
    @Label("T Panic")
    @Category({"tlang", "Programs"})
    static final class Panic extends Event {
        @Label("Message") String message;
        @Label("Where") String where;
    }

    /** A T panic ended a program, a task or a request handler; {@code where} is its top T frame, or null. */
    public static void panic(String message, String where) {
        Panic e = new Panic();
        if (!e.shouldCommit()) return;
        e.message = message;
        e.where = where;
        e.commit();
    }
}
