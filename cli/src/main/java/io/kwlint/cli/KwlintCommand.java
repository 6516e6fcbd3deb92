package io.kwlint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code kwlint} command; the work is done by its subcommands, which
 * {@link Main#commandLine} registers ({@link #SUBCOMMANDS}).
 */
@Command(
        name = "kwlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks Kubernetes workload manifests for what the API server would reject, and more.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no finding at or above the fail threshold",
            "1:findings at or above the fail threshold",
            "2:usage error, or no input could be read"
        })
public final class KwlintCommand implements java.util.concurrent.Callable<Integer> {

    /** The subcommands, in the order help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand.class);
        commands.put("simulate", SimulateCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("init", InitCommand.class);
        commands.put("lsp", LspCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    private final Environment environment;

    @Spec
    CommandSpec spec;

    public KwlintCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    /** A bare {@code kwlint} is a usage error: the help goes to standard error, and the status is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
