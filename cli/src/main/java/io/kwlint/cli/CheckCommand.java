package io.kwlint.cli;

import io.kwlint.engine.LintOptions;
import io.kwlint.schema.SchemaValidator;
import io.kwlint.engine.Linter;
import io.kwlint.engine.Report;
import io.kwlint.finding.Severity;
import io.kwlint.model.Feature;
import io.kwlint.model.KubeVersion;
import io.kwlint.report.JsonReporter;
import io.kwlint.report.SarifReporter;
import io.kwlint.report.TextReporter;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.source.InputCollector;
import io.kwlint.source.SourceInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kwlint check}: lint manifests and report. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks manifests: files, directories (searched for *.yaml and *.yml), or - for standard input.",
            "Exits 1 when a finding reaches --fail-on, 2 on a usage error or when no input can be read."
        },
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    enum FailOn { error, warning, info, none }

    enum ColorMode { auto, always, never }

    /** One report: a format and where it goes (standard output when no file is given). */
    static final class OutputSpec {
        @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
                description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Repeat with --output for several reports.")
        OutputFormat format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the report of the preceding --format to FILE instead of standard output.")
        Path output;
    }

    @ParentCommand
    KwlintCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to check; - reads standard input.")
    List<String> paths = new ArrayList<>();

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<OutputSpec> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--kube-version", paramLabel = "1.NN",
            description = "Kubernetes version whose API server and controllers to imitate (default: the newest kwlint knows).")
    String kubeVersion;

    @Option(names = "--feature-gates", paramLabel = "GATE=BOOL", split = ",",
            description = "Feature gates that differ from the version's defaults, e.g. MaxUnavailableStatefulSet=true.")
    Map<String, String> featureGates = new LinkedHashMap<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only check files found in directories that match GLOB (repeatable; default: *.yaml and *.yml).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and directories that match GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-default-excludes",
            description = "Also search hidden directories and files such as kustomization.yaml, Chart.yaml, values.yaml.")
    boolean noDefaultExcludes;

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run these rules (repeatable, comma-separated).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Also run these opt-in rules (repeatable, comma-separated), e.g. image-digest.")
    List<String> enabled = new ArrayList<>();

    @Option(names = "--schema-location", paramLabel = "DIR",
            description = "A folder of JSON schemas for other kinds (CRDs), in kubeconform's layout: "
                    + "DIR/[1.NN/]<kind>-<group>-<version>.json or DIR/<group>/<kind>_<version>.json (repeatable).")
    List<Path> schemaLocations = new ArrayList<>();

    @Option(names = "--strict-kinds",
            description = "Report objects that no schema describes (rule schema-missing) instead of skipping them.")
    boolean strictKinds;

    @Option(names = "--no-schemas", description = "Skip schema validation (the schema-* rules).")
    boolean noSchemas;

    @Option(names = "--stdin-filename", paramLabel = "NAME", defaultValue = "<stdin>",
            description = "Name reports use for standard input (default: ${DEFAULT-VALUE}).")
    String stdinName;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Directory that report paths and the SARIF %%SRCROOT%% are relative to (default: the working directory).")
    Path baseDir;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Color the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; NO_COLOR turns auto off).")
    ColorMode color;

    @Override
    public Integer call() throws IOException {
        Environment environment = parent.environment();
        Path base = environment.workingDir().resolve(baseDir == null ? Path.of("") : baseDir).normalize();
        LintOptions options = LintOptions.defaults()
                .withKubeVersion(kubeVersion())
                .withFeatureGates(featureGates())
                .withDisabledRules(disabledRules())
                .withEnabledRules(enabledRules())
                .withSchemaLocations(schemaLocations(environment));
        List<SourceInput> inputs = inputs(environment, base);
        if (inputs.isEmpty()) {
            throw new UsageError("no YAML files found in " + String.join(", ", paths)
                    + " (searched for *.yaml and *.yml; see --include)");
        }
        Report report = new Linter(options).check(inputs);
        writeReports(report, environment, base);
        if (report.nothingReadable()) {
            spec.commandLine().getErr().println("kwlint: none of the inputs could be read");
            return ExitCode.USAGE;
        }
        return failOn != FailOn.none && report.hasFindingsAtLeast(Severity.valueOf(failOn.name().toUpperCase()))
                ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private Set<String> disabledRules() {
        Set<String> ids = ruleIds(disabled, "--disable");
        if (noSchemas) {
            ids.addAll(SchemaValidator.RULES);
        }
        return ids;
    }

    private Set<String> enabledRules() {
        Set<String> ids = ruleIds(enabled, "--enable");
        if (strictKinds) {
            ids.add(SchemaValidator.NO_SCHEMA);
        }
        return ids;
    }

    private List<Path> schemaLocations(Environment environment) {
        List<Path> folders = new ArrayList<>();
        for (Path location : schemaLocations) {
            Path folder = environment.workingDir().resolve(location).normalize();
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new UsageError("--schema-location: " + location + " is not a directory");
            }
            folders.add(folder);
        }
        return folders;
    }

    private KubeVersion kubeVersion() {
        if (kubeVersion == null) {
            return KubeVersion.DEFAULT;
        }
        KubeVersion version;
        try {
            version = KubeVersion.parse(kubeVersion);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--kube-version: " + e.getMessage());
        }
        if (version.compareTo(KubeVersion.OLDEST) < 0 || version.compareTo(KubeVersion.NEWEST) > 0) {
            throw new UsageError("--kube-version: kwlint knows Kubernetes " + KubeVersion.OLDEST + " to " + KubeVersion.NEWEST
                    + ", not " + version);
        }
        return version;
    }

    private Map<Feature, Boolean> featureGates() {
        Map<Feature, Boolean> gates = new EnumMap<>(Feature.class);
        featureGates.forEach((name, value) -> {
            Feature feature = Feature.named(name.strip()).orElseThrow(() -> new UsageError("--feature-gates: kwlint knows no gate '"
                    + name.strip() + "'; known: " + Arrays.stream(Feature.values()).map(Feature::gateName).sorted().toList()));
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new UsageError("--feature-gates: " + name + "=" + value + " must be true or false");
            }
            gates.put(feature, Boolean.parseBoolean(value.strip()));
        });
        return gates;
    }

    private static Set<String> ruleIds(List<String> given, String option) {
        Set<String> ids = new HashSet<>();
        RuleCatalog catalog = RuleCatalog.builtIn();
        for (String id : given) {
            if (catalog.find(id.strip()).isEmpty()) {
                throw new UsageError(option + ": unknown rule '" + id.strip() + "' (see kwlint rules)");
            }
            ids.add(id.strip());
        }
        return ids;
    }

    private List<SourceInput> inputs(Environment environment, Path base) {
        InputCollector collector = new InputCollector(base, includes, excludes, !noDefaultExcludes);
        List<SourceInput> inputs = new ArrayList<>();
        List<String> filePaths = new ArrayList<>();
        for (String path : paths) {
            if (path.equals("-")) {
                inputs.add(SourceInput.stream(stdinName, environment.stdin()));
            } else {
                filePaths.add(path);
            }
        }
        try {
            inputs.addAll(collector.collect(filePaths));
        } catch (InputCollector.NoSuchInputException e) {
            throw new UsageError(e.getMessage());
        }
        return inputs;
    }

    private void writeReports(Report report, Environment environment, Path base) throws IOException {
        List<OutputSpec> requested = outputs.isEmpty() ? List.of(defaultOutput()) : outputs;
        for (OutputSpec output : requested) {
            boolean toTerminal = output.output == null;
            String rendered = render(report, output.format, toTerminal && useColor(environment), base);
            if (toTerminal) {
                spec.commandLine().getOut().print(rendered);
                spec.commandLine().getOut().flush();
            } else {
                Path file = base.resolve(output.output);
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, rendered, StandardCharsets.UTF_8);
            }
        }
    }

    private static OutputSpec defaultOutput() {
        OutputSpec text = new OutputSpec();
        text.format = OutputFormat.text;
        return text;
    }

    private String render(Report report, OutputFormat format, boolean colored, Path base) {
        return switch (format) {
            case text -> new TextReporter(TextReporter.Options.full(colored)).render(report);
            case compact -> new TextReporter(TextReporter.Options.compact(p -> p)).render(report);
            case json -> new JsonReporter().render(report);
            case sarif -> new SarifReporter(base).render(report);
        };
    }

    private boolean useColor(Environment environment) {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> environment.colorAllowed();
        };
    }
}
