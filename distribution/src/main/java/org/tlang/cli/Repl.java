package org.tlang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.tlang.api.ReplSession;

/**
 * {@code tlang repl}: a line editor (JLine: history, multi-line input while brackets or strings
 * are open) in front of a kernel {@link ReplSession}.
 */
final class Repl {
    private static final String HELP = """
            Enter items (fn, struct, enum, impl, import ...), bindings (let x = ..), statements or expressions.
              :type EXPR   print the type of an expression
              :load FILE   add the items of a T file to the session
              :help        this text
              :quit        leave (or Ctrl-D)""";

    private Repl() {}

    static int run(ReplSession session) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().name("tlang").system(true).dumb(true).build()) {
            PrintStream out = new PrintStream(terminal.output(), true);
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("tlang")
                    .parser(new InputParser(session))
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".tlang_history"))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P... ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            out.println("tlang " + Distribution.version() + " REPL. :help for help, :quit to leave.");
            while (true) {
                String line;
                try {
                    line = reader.readLine("t> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                String input = line.strip();
                if (input.equals(":quit") || input.equals(":q")) return 0;
                if (input.equals(":help")) {
                    out.println(HELP);
                } else if (input.startsWith(":type ")) {
                    session.printType(input.substring(6));
                } else if (input.startsWith(":load ")) {
                    session.load(Path.of(input.substring(6).strip()));
                } else if (input.startsWith(":")) {
                    out.println("unknown command " + input.split("\\s")[0] + "; :help lists them");
                } else {
                    session.eval(line);
                }
            }
        }
    }

    /** Asks for another line while the input so far is incomplete T (an open bracket, string or comment). */
    private static final class InputParser extends DefaultParser {
        private final ReplSession session;

        InputParser(ReplSession session) {
            this.session = session;
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && !session.isComplete(line)) {
                throw new EOFError(-1, -1, "incomplete input");
            }
            return new ArgumentList(line, List.of(line), 0, 0, cursor, null, 0, 0);
        }
    }
}
