package org.tlang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tlang.api.Report;

/**
 * {@code tlang admin [--pid PID] COMMAND [ARGS...]}: one request to a running runtime over its
 * admin channel ({@link AdminClient}), its answer printed. Needs no framework and no picocli, so
 * both {@link LightCommands} and the picocli command run it.
 */
final class AdminCommand {
    private AdminCommand() {}

    /** @param pid the runtime's process id, or null for the only one running */
    static int run(Long pid, String command, List<String> args) throws IOException {
        AdminClient client = new AdminClient(AdminClient.defaultFolder());
        long target;
        if (pid != null) {
            target = pid;
        } else {
            List<Long> running = client.runtimes();
            if (running.size() != 1) {
                System.err.print(Report.error(running.isEmpty()
                        ? "no running tlang program found in " + AdminClient.defaultFolder()
                        : "several tlang programs run (pids " + running + "); choose one with --pid"));
                return ExitStatus.FAILED;
            }
            target = running.getFirst();
        }
        List<String> words = new ArrayList<>();
        words.add(command);
        String payload = "";
        if (command.equals("patch")) {
            if (args.size() != 3) {
                System.err.println("usage: tlang admin patch MODULE FUNCTION FILE (FILE holds the new definition, alone or in the edited module)");
                return ExitStatus.USAGE;
            }
            try {
                payload = Files.readString(Path.of(args.get(2)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.print(Report.error("cannot read " + args.get(2) + ": " + Unreadable.why(Path.of(args.get(2)), e)));
                return ExitStatus.FAILED;
            }
            words.addAll(args.subList(0, 2));
        } else if (command.equals("apply")) {
            if (args.size() != 1) {
                System.err.println("usage: tlang admin apply PROFILE.toml");
                return ExitStatus.USAGE;
            }
            try {
                payload = Files.readString(Path.of(args.getFirst()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.print(Report.error("cannot read " + args.getFirst() + ": " + Unreadable.why(Path.of(args.getFirst()), e)));
                return ExitStatus.FAILED;
            }
            words.add(args.getFirst());
        } else if (command.equals("install")) {
            if (args.size() != 3 || !args.get(1).equals("--from")) {
                System.err.println("usage: tlang admin install NAME[@RANGE] --from REPOSITORY");
                return ExitStatus.USAGE;
            }
            String repository = args.get(2);
            // a folder as the runtime sees it, whose working folder may not be this one
            if (!repository.startsWith("http://") && !repository.startsWith("https://")) repository = Path.of(repository).toAbsolutePath().normalize().toString();
            words.addAll(List.of(args.get(0), "--from", repository));
        } else if (command.equals("profile")) {
            if (args.isEmpty() || args.size() > 3 || !args.get(0).equals("--seconds") || args.size() < 2) {
                System.err.println("usage: tlang admin profile --seconds N [FOLDER]   (writes NAME.profile.html there, default: here)");
                return ExitStatus.USAGE;
            }
            words.add(args.get(1));
            words.add(Path.of(args.size() == 3 ? args.get(2) : ".").toAbsolutePath().normalize().toString());
        } else if (command.equals("reload")) {
            for (String file : args) words.add(file.equals("--cluster") ? file : Path.of(file).toAbsolutePath().normalize().toString());
        } else {
            words.addAll(args);
        }
        AdminClient.Answer answer;
        try {
            answer = client.send(target, words, payload);
        } catch (IOException e) {
            System.err.print(Report.error(e.getMessage()));
            return ExitStatus.FAILED;
        }
        (answer.status() == 0 ? System.out : System.err).print(answer.text());
        return answer.status();
    }
}
