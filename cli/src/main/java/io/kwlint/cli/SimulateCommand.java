package io.kwlint.cli;

import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.RolloutPreviews;
import io.kwlint.engine.Report;
import io.kwlint.finding.Severity;
import io.kwlint.model.KubeObject;
import io.kwlint.report.PreviewJsonReporter;
import io.kwlint.report.PreviewTextReporter;
import io.kwlint.report.ReportOutput;
import io.kwlint.source.SourceInput;
import io.kwlint.rollout.Assumption;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.SimulateOptions;
import io.kwlint.rollout.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kwlint simulate}: preview what the controllers do with the workloads' next rollout. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Previews what the controllers do with each workload, step by step.",
            "Deployment, StatefulSet and DaemonSet rollouts, the waves of a Job, the next runs of a CronJob, each with"
                    + " the peak of pods and requested resources.",
            "Exits 2 on a usage error or when --object names nothing."
        },
        sortOptions = false)
final class SimulateCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    KwlintCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--object", paramLabel = "KIND/NAME",
            description = "Only this object: Kind/name or Kind/namespace/name, e.g. Deployment/web.")
    String object;

    @Option(names = "--assume", paramLabel = "ready|stalled", defaultValue = "ready",
            description = "ready: every pod becomes ready before the next reconcile; stalled: no new pod ever does"
                    + " (shows where the rollout stops). Default: ready.")
    Assumption assume;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "3",
            description = "Nodes a DaemonSet runs on (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "CronJob runs to list (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--from", paramLabel = "TIME",
            description = "List CronJob runs after this time, e.g. 2026-01-05T00:00:00Z (default: now).")
    String from;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Environment environment = parent.environment();
        SimulateOptions options = options(environment);
        LintOptions lint = LintOptions.defaults().withKubeVersion(input.kubeVersion(environment))
                .withFeatureGates(input.featureGates(environment));
        List<SourceInput> inputs = input.inputs(environment);
        if (output != null) {
            InputOptions.requireNotAnInput(input.base(environment).resolve(output), inputs);
        }
        Report report = new Linter(RolloutPreviews.forPreviews(lint)).check(inputs);
        List<KubeObject> chosen = report.objects().stream().filter(this::selected).toList();
        if (object != null && chosen.stream().noneMatch(Simulator::previews)) {
            throw new UsageError("--object " + object + ": no Deployment, StatefulSet, DaemonSet, Job or CronJob of that"
                    + " name in " + String.join(", ", input.paths));
        }
        List<Preview> previews = RolloutPreviews.of(report, options, this::selected);
        String rendered = format == Format.json ? new PreviewJsonReporter().render(previews)
                : new PreviewTextReporter().render(previews);
        write(rendered, environment);
        long errors = report.count(Severity.ERROR);
        if (errors > 0) {
            spec.commandLine().getErr().println("kwlint: these manifests have " + errors + (errors == 1 ? " error" : " errors")
                    + " that the API server or kwlint's reader reports (kwlint check shows them with their places, and"
                    + " what else it finds); the preview covers what could be read");
        }
        return ExitCode.CLEAN;
    }

    private SimulateOptions options(Environment environment) {
        Assumption assumption = assume;
        if (nodes < 1 || nodes > SimulateOptions.MAX_NODES) {
            throw new UsageError("--nodes: between 1 and " + SimulateOptions.MAX_NODES + ", not " + nodes);
        }
        if (runs < 1 || runs > 1000) {
            throw new UsageError("--runs: between 1 and 1000, not " + runs);
        }
        return new SimulateOptions(new io.kwlint.model.Target(input.kubeVersion(environment), input.featureGates(environment)),
                assumption,
                nodes, start(), runs);
    }

    private ZonedDateTime start() {
        if (from == null) {
            return ZonedDateTime.now(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(from).toZonedDateTime();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(from).atZone(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new UsageError("--from: a time such as 2026-01-05T00:00:00Z, not '" + from + "'");
            }
        }
    }

    /** Kind/name or Kind/namespace/name, kinds case-insensitively. */
    private boolean selected(KubeObject candidate) {
        if (object == null) {
            return true;
        }
        String[] parts = object.split("/");
        if (parts.length < 2 || parts.length > 3 || !parts[0].equalsIgnoreCase(candidate.kindName())) {
            return false;
        }
        String name = parts[parts.length - 1];
        boolean namespaceMatches = parts.length == 2 || parts[1].equals(candidate.namespace());
        return name.equals(candidate.name()) && namespaceMatches;
    }

    private void write(String rendered, Environment environment) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
            return;
        }
        ReportOutput.writeAtomically(input.base(environment).resolve(output), rendered);
    }
}
