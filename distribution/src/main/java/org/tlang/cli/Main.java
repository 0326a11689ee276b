package org.tlang.cli;

import java.util.concurrent.Callable;

import org.tlang.api.Report;
import picocli.CommandLine;

/** {@code tlang}: the command line of the runtime. */
public final class Main {
    /** When main began, for {@link Timing}. */
    static final long STARTED = System.nanoTime();

    private Main() {}

    public static void main(String[] args) {
        args = Exe.arguments(args); // in a jar of tlang build --exe, its program's run
        int status = LightCommands.run(args);
        if (status == LightCommands.NOT_LIGHT) {
            Callable<Integer> plain = PlainCommands.parse(args);
            System.exit(plain != null ? PlainCommands.call(plain) : run(args));
        }
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
                .setExecutionExceptionHandler((e, cmd, parsed) -> failed(e));
        // what follows the program (or the admin command) is its own: `tlang run app.t --verbose`
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.getSubcommands().get("admin").setStopAtPositional(true);
        return cli.execute(AllowOptions.attached(args));
    }

    /** An exception a command threw, reported: {@code error: MESSAGE}, status 1. */
    static int failed(Exception e) {
        System.err.print(Report.error(String.valueOf(e.getMessage())));
        return ExitStatus.FAILED;
    }
}
