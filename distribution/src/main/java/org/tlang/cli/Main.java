package org.tlang.cli;

import org.tlang.api.Report;
import picocli.CommandLine;

/** {@code tlang}: the command line of the runtime. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

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
