package io.kwlint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code java -jar kwlint.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, Environment.system(), out, err));
    }

    /** Runs kwlint in-process and returns its exit status. */
    public static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(environment, args.length == 0 ? null : args[0]);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static CommandLine commandLine(Environment environment) {
        return commandLine(environment, null);
    }

    /**
     * The command line, with only the subcommand {@code first} names when it names one: building
     * picocli's model of every command costs more start-up than checking a file, and a run needs
     * one. Help, a misspelt command and options before the command get them all.
     */
    static CommandLine commandLine(Environment environment, String first) {
        CommandLine commandLine = new CommandLine(new KwlintCommand(environment));
        KwlintCommand.SUBCOMMANDS.forEach((name, command) -> {
            boolean wanted = first == null || !KwlintCommand.SUBCOMMANDS.containsKey(first) || first.equals("help")
                    || first.equals(name);
            if (wanted) {
                commandLine.addSubcommand(name, command);
            }
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("kwlint: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                failed.getErr().println("Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?");
            }
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof UsageError) {
                failed.getErr().println("kwlint: " + e.getMessage());
            } else if (e instanceof java.io.IOException io) {
                // Writing a report, a baseline or .kwlint.yaml: the user's path, not a kwlint bug.
                failed.getErr().println("kwlint: cannot write: " + describe(io));
            } else {
                // Not a finding and not the user's fault: say so in one line, never a stack trace
                // unless asked for with KWLINT_DEBUG=1.
                failed.getErr().println("kwlint: internal error: " + e);
                if ("1".equals(environment.variables().get("KWLINT_DEBUG"))) {
                    e.printStackTrace(failed.getErr());
                }
            }
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    /** "/x/y: no such file or directory" rather than the exception's class name. */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            return exists.getFile() + ": is a file, where a directory is needed";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
