package io.kwlint.cli;

import io.kwlint.config.KwlintConfig;
import io.kwlint.model.KubeVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kwlint init}: writes a commented starter .kwlint.yaml. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes a commented starter .kwlint.yaml in the working directory (or DIR).")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    KwlintCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Write it in DIR instead of the working directory.")
    Path dir;

    @Option(names = "--force", description = "Overwrite an existing .kwlint.yaml.")
    boolean force;

    static String starter() {
        return """
                # kwlint configuration: defaults for `kwlint check`, `kwlint simulate` and the Maven plugin.
                # Command-line options win over these. Every key is optional; see `kwlint rules` for rule ids.

                # The Kubernetes version whose API server and controllers kwlint imitates (quoted).
                kubeVersion: "%s"

                # Exit 1 (fail the build) on findings at least this severe: error, warning, info or none.
                failOn: error

                # Opt-in rules to run, and rules not to run.
                enable: []        # e.g. [image-digest, schema-missing]
                disable: []       # e.g. [image-tag]

                # Another severity for a rule's findings.
                severity: {}      # e.g. {container-limits-missing: info}

                # Files and directories to skip (globs, like --exclude).
                exclude: []       # e.g. ["legacy/**", "**/*-template.yaml"]

                # Feature gates your clusters set differently from the version's defaults.
                featureGates: {}  # e.g. {MaxUnavailableStatefulSet: true}

                # Folders with JSON schemas of your CRDs (kubeconform's layout), relative to this file.
                schemaLocations: []
                # Report objects that are neither built-in kinds nor described by a schema.
                strictKinds: false

                # The Pod Security levels your cluster applies to namespaces without
                # pod-security.kubernetes.io labels (its admission configuration's defaults).
                # podSecurity: {enforce: baseline, enforce-version: latest, warn: restricted}

                # Findings accepted when kwlint was adopted: `kwlint check --update-baseline` writes them.
                # baseline: .kwlint-baseline.json

                # Where your team publishes kwlint's rule pages (SARIF helpUri, `kwlint rules ID`).
                # docsBaseUrl: https://github.com/kwlint/kwlint/blob/main/rules/
                """.formatted(KubeVersion.DEFAULT);
    }

    @Override
    public Integer call() throws IOException {
        Path folder = parent.environment().workingDir().resolve(dir == null ? Path.of("") : dir);
        Path file = folder.resolve(KwlintConfig.FILE_NAME);
        if (Files.exists(file) && !force) {
            throw new UsageError(file + " exists (--force overwrites it)");
        }
        Files.createDirectories(folder);
        Files.writeString(file, starter(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + file);
        return ExitCode.CLEAN;
    }
}
