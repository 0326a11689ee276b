package org.tlang.cli;

import org.tlang.api.Report;
import picocli.CommandLine;

/** {@code tlang}: the command line of the runtime. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int status = LightCommands.run(args);
        if (status == LightCommands.NOT_LIGHT) System.exit(run(args));
        // A light command started no thread and no shutdown hook. System.exit would log the exit
        // (Runtime.exit's System.Logger), whose lookup opens every jar on the class path for a
        // LoggerFinder: return instead, or halt with the status.
        System.out.flush();
        System.err.flush();
        if (status != ExitStatus.OK) Runtime.getRuntime().halt(status);
    }

    /** The command line as picocli parses it. */
    static int run(String[] args) {
        CommandLine cli = new CommandLine(new TlangCommand())
                .setStopAtPositional(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().print(Report.error(String.valueOf(e.getMessage())));
                    return ExitStatus.FAILED;
                });
        return cli.execute(args);
    }
}
