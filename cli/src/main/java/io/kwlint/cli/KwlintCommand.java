package io.kwlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code kwlint} command; the work is done by its subcommands. */
@Command(
        name = "kwlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, SimulateCommand.class, RulesCommand.class, InitCommand.class, CommandLine.HelpCommand.class},
        description = "Checks Kubernetes workload manifests for what the API server would reject, and more.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no finding at or above the fail threshold",
            "1:findings at or above the fail threshold",
            "2:usage error, or no input could be read"
        })
public final class KwlintCommand implements Runnable {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    public KwlintCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
