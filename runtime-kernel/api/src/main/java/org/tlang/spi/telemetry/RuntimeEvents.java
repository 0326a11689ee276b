package org.tlang.spi.telemetry;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * The runtime's JFR events ({@code org.tlang.*}), recorded whenever a JFR recording that enables
 * them runs ({@code -XX:StartFlightRecording}, {@code jcmd PID JFR.start}, {@code tlang profile}),
 * whatever telemetry is bound. Until JFR has started in this JVM nothing of JFR is touched: the
 * first use of an event class costs hundreds of milliseconds then (JFR sets itself up), so each
 * event first asks {@link FlightRecorder#isInitialized()}. Those with a duration are started with
 * {@code start()} and committed by {@code end(..)}.
 */
public final class RuntimeEvents {
    private RuntimeEvents() {}

    private static boolean on() {
        return FlightRecorder.isInitialized();
    }

    /** A reload, patch or rollback transaction. */
    public static final class Reload {
        private static final Reload OFF = new Reload(null);
        private final ReloadEvent event;

        private Reload(ReloadEvent event) {
            this.event = event;
        }

        public static Reload start() {
            return on() ? new Reload(ReloadEvent.begun()) : OFF;
        }

        /** @param outcome {@code applied} or {@code refused} */
        public void end(String modules, String outcome) {
            if (event != null) event.end(modules, outcome);
        }
    }

    /** A live swap of a subsystem. */
    public static final class Swap {
        private static final Swap OFF = new Swap(null);
        private final SwapEvent event;

        private Swap(SwapEvent event) {
            this.event = event;
        }

        public static Swap start() {
            return on() ? new Swap(SwapEvent.begun()) : OFF;
        }

        public void end(String kind, String from, String to, boolean ok) {
            if (event != null) event.end(kind, from, to, ok);
        }
    }

    /** A function compiled by a tier. */
    public static final class Compile {
        private static final Compile OFF = new Compile(null);
        private final CompileEvent event;

        private Compile(CompileEvent event) {
            this.event = event;
        }

        public static Compile start() {
            return on() ? new Compile(CompileEvent.begun()) : OFF;
        }

        public void end(String function, String tier, int bytes) {
            if (event != null) event.end(function, tier, bytes);
        }
    }

    /** Compiled code of {@code function} was dropped and calls go back to the interpreter, because of {@code reason}. */
    public static void deoptimized(String function, String reason) {
        if (on()) DeoptimizeEvent.emit(function, reason);
    }

    /** A T panic ended a program, a task or a request handler; {@code where} says which. */
    public static void panic(String message, String where) {
        if (on()) PanicEvent.emit(message, where);
    }

    @Name("org.tlang.Reload")
    @Label("T Reload")
    @Category({"tlang", "Modules"})
    static final class ReloadEvent extends Event {
        @Label("Modules") String modules;
        @Label("Outcome") String outcome;

        static ReloadEvent begun() {
            ReloadEvent e = new ReloadEvent();
            e.begin();
            return e;
        }

        void end(String modules, String outcome) {
            if (!shouldCommit()) return;
            this.modules = modules;
            this.outcome = outcome;
            commit();
        }
    }

    @Name("org.tlang.Swap")
    @Label("T Subsystem Swap")
    @Category({"tlang", "Subsystems"})
    static final class SwapEvent extends Event {
        @Label("Kind") String kind;
        @Label("From") String from;
        @Label("To") String to;
        @Label("Outcome") String outcome;

        static SwapEvent begun() {
            SwapEvent e = new SwapEvent();
            e.begin();
            return e;
        }

        void end(String kind, String from, String to, boolean ok) {
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
    static final class CompileEvent extends Event {
        @Label("Function") String function;
        @Label("Tier") String tier;
        @Label("Bytecode Size") int bytes;

        static CompileEvent begun() {
            CompileEvent e = new CompileEvent();
            e.begin();
            return e;
        }

        void end(String function, String tier, int bytes) {
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
    static final class DeoptimizeEvent extends Event {
        @Label("Function") String function;
        @Label("Reason") String reason;

        static void emit(String function, String reason) {
            DeoptimizeEvent e = new DeoptimizeEvent();
            if (!e.shouldCommit()) return;
            e.function = function;
            e.reason = reason;
            e.commit();
        }
    }

    @Name("org.tlang.Panic")
    @Label("T Panic")
    @Category({"tlang", "Programs"})
    static final class PanicEvent extends Event {
        @Label("Message") String message;
        @Label("Where") String where;

        static void emit(String message, String where) {
            PanicEvent e = new PanicEvent();
            if (!e.shouldCommit()) return;
            e.message = message;
            e.where = where;
            e.commit();
        }
    }
}
