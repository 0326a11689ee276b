package org.tlang.spi.tier;

import java.util.List;
import org.tlang.runtime.ProgramIo;
import org.tlang.tir.Pos;
import org.tlang.tir.TModule;

/**
 * A tier that runs a whole program itself, in a machine of its own, instead of compiling functions
 * into the kernel's call sites (the {@code wasm} tier: TIR compiled to WebAssembly). The kernel
 * still compiles, checks and loads the modules; at {@code main} it hands their TIR to this tier.
 * Such a tier also registers as an {@link ExecutionTier} (whose {@code compile} gives nothing), so
 * that it is bound, swapped and configured like any tier.
 */
public interface ProgramTier {

    /**
     * Compiles the program whose entry is {@code main} of {@code entry}.
     *
     * @param modules every module the program loaded (the entry among them)
     * @throws Refused naming the first construct this tier does not run
     */
    Program compile(List<TModule> modules, String entry) throws Refused;

    /** A compiled program; each {@link #run} starts it afresh. */
    interface Program {
        /**
         * Runs {@code main} with {@code args} on the calling thread, printing to {@code io}. A T panic
         * leaves as a {@link org.tlang.runtime.PanicException} with its T trace; the run stops at the
         * calling work's {@link org.tlang.runtime.Cancellation} (deadline, fuel, exit) as on other tiers.
         */
        void run(List<String> args, ProgramIo io);
    }

    /** A construct of the program that this tier does not run, at {@code pos} of {@code module}. */
    final class Refused extends Exception {
        private final String module;
        private final Pos pos;

        public Refused(String module, Pos pos, String message) {
            super(message, null, false, false);
            this.module = module;
            this.pos = pos;
        }

        public String module() {
            return module;
        }

        public Pos pos() {
            return pos;
        }
    }
}
