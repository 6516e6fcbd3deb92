package io.kwlint.cli;

import io.kwlint.KwlintInfo;
import io.kwlint.config.KwlintConfig;
import io.kwlint.engine.Baseline;
import io.kwlint.engine.FailOn;
import io.kwlint.engine.Fixes;
import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.LoadedFile;
import io.kwlint.engine.Report;
import io.kwlint.engine.RolloutPreviews;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.model.PodSecurityDefaults;
import io.kwlint.report.JsonReporter;
import io.kwlint.report.PreviewTextReporter;
import io.kwlint.report.ReportOutput;
import io.kwlint.report.TextReporter;
import io.kwlint.rollout.Preview;
import io.kwlint.rollout.SimulateOptions;
import io.kwlint.rule.RuleCatalog;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.source.DecodedText;
import io.kwlint.source.SourceInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    /** --fail-on's values as written, for help and completion. */
    static final class FailOnNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FailOn.NAMES.iterator();
        }
    }

    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return FailOn.parse(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "expected one of " + FailOn.NAMES + " but was '" + value + "'"));
        }
    }

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

    /** The run's options, once made from the configuration and the command line. */
    private LintOptions lintOptions;

    /** The rollout previews of --simulate, once made. */
    private List<Preview> previews;

    /** Where the rule pages are published: .kwlint.yaml's docsBaseUrl, else this build's. */
    private String docsBaseUrl = KwlintInfo.docsBaseUrl();

    @Mixin
    InputOptions input;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<OutputSpec> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class, completionCandidates = FailOnNames.class,
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: error, or failOn of .kwlint.yaml).")
    FailOn failOn;

    @Option(names = "--min-severity", paramLabel = "LEVEL",
            description = "Report only findings at least this severe: error, warning or info (default: warning in the "
                    + "text formats, which then count the info findings they leave out; everything in the others).")
    Severity minSeverity;

    @Option(names = {"-q", "--quiet"}, description = "Errors only, and no summary line in the text formats.")
    boolean quiet;

    @Option(names = "--allow-empty",
            description = "Exit 0 when the input holds no Kubernetes object at all (by default a usage error: an empty "
                    + "stream usually means that `helm template` or `kustomize build` failed).")
    boolean allowEmpty;

    @Option(names = "--verbose",
            description = "Also list on stderr the files a directory walk left out (YAML that is no Kubernetes object, Helm chart templates).")
    boolean verbose;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings recorded in FILE (a baseline written by --update-baseline).")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Record every current finding in the --baseline file (or baseline of .kwlint.yaml) and exit 0.")
    boolean updateBaseline;

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run these rules (repeatable, comma-separated).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Also run these opt-in rules (repeatable, comma-separated), e.g. image-digest.")
    List<String> enabled = new ArrayList<>();

    @Option(names = "--schema-location", paramLabel = "DIR",
            description = "A folder of JSON schemas for other kinds (CRDs), in kubeconform's layout: "
                    + "DIR/[1.NN/]<kind>-<group>-<version>.json or DIR/<group>/<kind>_<version>.json (repeatable).")
    List<Path> schemaLocations = new ArrayList<>();

    @Option(names = "--pod-security", paramLabel = "KEY=VALUE", split = ",",
            description = "Pod Security levels the cluster applies to namespaces without labels of their own, as its "
                    + "admission configuration's defaults: enforce, enforce-version, warn, warn-version, audit, "
                    + "audit-version, e.g. enforce=baseline,warn=restricted (overrides podSecurity in .kwlint.yaml).")
    Map<String, String> podSecurity = new java.util.LinkedHashMap<>();

    @Option(names = "--strict-kinds",
            description = "Report objects that no schema describes (rule schema-missing) instead of skipping them.")
    boolean strictKinds;

    @Option(names = "--no-schemas", description = "Skip schema validation (the schema-* rules).")
    boolean noSchemas;

    @Option(names = "--absolute-paths",
            description = "Print absolute file paths in the text and compact formats (IDE output filters link only those).")
    boolean absolutePaths;

    @Option(names = "--fix",
            description = "Apply the fixes of the findings that have one (rules/<id>.md says which), editing only the"
                    + " fixed text of each file; then report what remains.")
    boolean fix;

    @Option(names = "--fix-dry-run", description = "Print the fixes --fix would make as a unified diff, and change nothing.")
    boolean fixDryRun;

    @Option(names = "--simulate",
            description = "After the text report, preview each workload's rollout as kwlint simulate does (ready pods, 3 nodes).")
    boolean simulate;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Color the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; NO_COLOR turns auto off).")
    ColorMode color;

    private PodSecurityDefaults podSecurity(LintOptions fromConfig) {
        if (podSecurity.isEmpty()) {
            return fromConfig.podSecurity();
        }
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        podSecurity.forEach((key, value) -> settings.put(key.strip(), value.strip()));
        try {
            return PodSecurityDefaults.parse(settings).withExemptions(fromConfig.podSecurity().exemptNamespaces(),
                    fromConfig.podSecurity().exemptRuntimeClasses());
        } catch (IllegalArgumentException e) {
            throw new UsageError("--pod-security: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws IOException {
        Environment environment = parent.environment();
        Path base = input.base(environment);
        KwlintConfig config = input.config(environment);
        docsBaseUrl = config.effectiveDocsBaseUrl();
        failOn = failOn != null ? failOn : config.failOn().flatMap(FailOn::parse).orElse(FailOn.ERROR);
        LintOptions fromConfig = config.lintOptions();
        LintOptions options = fromConfig
                .withKubeVersion(input.kubeVersion(environment))
                .withFeatureGates(input.featureGates(environment))
                .withDisabledRules(disabledRules(fromConfig))
                .withEnabledRules(enabledRules(fromConfig))
                .withSchemaLocations(schemaLocations(environment, fromConfig))
                .withPodSecurity(podSecurity(fromConfig));
        List<String> toStandardOutput = outputs.stream().filter(o -> o.output == null).map(o -> o.format.toString()).toList();
        if (toStandardOutput.size() > 1) {
            throw new UsageError("--format " + String.join(" and --format ", toStandardOutput)
                    + " would both write to standard output: give all but one of them --output FILE");
        }
        List<SourceInput> inputs = input.inputs(environment);
        for (OutputSpec output : outputs) {
            if (output.output != null) {
                InputOptions.requireNotAnInput(base.resolve(output.output), inputs);
            }
        }
        lintOptions = options;
        Report report = check(options, inputs, environment);
        Optional<Path> baselineFile = Optional.ofNullable(baseline).map(b -> base.resolve(b)).or(config::baseline);
        if (updateBaseline) {
            Path file = baselineFile.orElseThrow(() -> new UsageError("--update-baseline needs --baseline FILE"
                    + " (or baseline in .kwlint.yaml)"));
            Baseline.write(file, report);
            spec.commandLine().getErr().println("kwlint: recorded " + report.findings().size() + " findings in " + file);
            return ExitCode.CLEAN;
        }
        if (baselineFile.isPresent()) {
            report = filtered(report, baselineFile.get());
        }
        if (fixDryRun) {
            printFixes(report);
            return ExitCode.CLEAN;
        }
        // Fixed text may show findings the broken text hid (a CronJob moved to batch/v1 is checked
        // for the first time): fix again until nothing changes, as ESLint does, a bounded number of times.
        for (int pass = 0; fix && pass < Fixes.MAX_PASSES && applyFixes(report, inputs) > 0; pass++) {
            report = check(options, input.inputs(environment), environment);
            if (baselineFile.isPresent()) {
                report = filtered(report, baselineFile.get());
            }
        }
        writeReports(report, environment, base);
        if (verbose) {
            report.skipped().forEach((path, why) -> spec.commandLine().getErr().println("kwlint: skipped " + path + " ("
                    + (why == LoadedFile.Skipped.CHART_TEMPLATE ? "a Helm chart template" : "no Kubernetes object") + ")"));
        }
        if (report.nothingReadable()) {
            spec.commandLine().getErr().println("kwlint: none of the inputs could be read");
            return ExitCode.USAGE;
        }
        if (report.objectCount() == 0 && report.findings().isEmpty() && !allowEmpty) {
            int skipped = report.skipped().size();
            spec.commandLine().getErr().println(skipped > 0
                    ? "kwlint: no Kubernetes object in the input: the " + (skipped == 1 ? "YAML file found holds"
                            : skipped + " YAML files found hold") + " none (--verbose lists them); --allow-empty accepts that"
                    : "kwlint: no Kubernetes object in the input (did `helm template` or `kustomize build` fail?);"
                            + " --allow-empty accepts an empty input");
            return ExitCode.USAGE;
        }
        return failOn.failing(report) > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** --fix-dry-run: the fixes as a unified diff on standard output, and how many on standard error. */
    private void printFixes(Report report) {
        Map<String, Fixes.FixedFile> fixed = Fixes.apply(report);
        PrintWriter out = spec.commandLine().getOut();
        fixed.forEach((path, file) -> out.print(Fixes.unifiedDiff(path, file.source().text(), file.text())));
        out.flush();
        int findings = fixed.values().stream().mapToInt(Fixes.FixedFile::fixed).sum();
        spec.commandLine().getErr().println(fixed.isEmpty() ? "kwlint: no finding has a fix"
                : "kwlint: --fix would fix " + TextReporter.plural(findings, "finding") + " in " + TextReporter.plural(fixed.size(), "file"));
    }

    /** --fix: each file with fixes rewritten atomically; returns how many files changed. */
    private int applyFixes(Report report, List<SourceInput> inputs) {
        if (inputs.stream().anyMatch(i -> i.path().isEmpty())) {
            throw new UsageError("--fix rewrites files, and standard input is none: use --fix-dry-run to see the fixes");
        }
        Map<String, Fixes.FixedFile> fixed = Fixes.apply(report);
        int findings = 0;
        for (Fixes.FixedFile file : fixed.values()) {
            Path path = file.source().path().orElseThrow();
            try {
                byte[] now = Files.readAllBytes(path);
                DecodedText current = DecodedText.decode(now);
                if (!current.ok() || !current.text().equals(file.source().text())) {
                    spec.commandLine().getErr().println("kwlint: " + file.source().displayPath()
                            + " changed while kwlint read it; its fixes were not applied");
                    continue;
                }
                ReportOutput.writeAtomically(path, DecodedText.encodeLike(now, file.text()));
                findings += file.fixed();
            } catch (IOException e) {
                spec.commandLine().getErr().println("kwlint: cannot write the fixes of " + file.source().displayPath()
                        + ": " + e.getMessage());
            }
        }
        if (findings > 0) {
            spec.commandLine().getErr().println("kwlint: fixed " + TextReporter.plural(findings, "finding") + " in "
                    + TextReporter.plural(fixed.size(), "file"));
        }
        return fixed.size();
    }

    /** The run, with a progress line on standard error for a person at a terminal (not with --quiet). */
    private Report check(LintOptions options, List<SourceInput> inputs, Environment environment) {
        if (!environment.errorTerminal() || quiet || "dumb".equals(environment.variables().get("TERM"))) {
            return new Linter(options).check(inputs);
        }
        TerminalProgress progress = TerminalProgress.onStandardError(spec.commandLine().getErr());
        try {
            return new Linter(options).check(inputs, progress);
        } finally {
            progress.finish();
        }
    }

    private Report filtered(Report report, Path file) {
        try {
            Baseline baseline = Baseline.read(file);
            Report kept = baseline.filter(report);
            baseline.misplacedWarning(file, report)
                    .ifPresent(warning -> spec.commandLine().getErr().println("kwlint: warning: " + warning
                            + "; run kwlint there, or give --base-dir that directory"));
            int hidden = report.findings().size() - kept.findings().size();
            if (hidden > 0) {
                spec.commandLine().getErr().println("kwlint: " + hidden + (hidden == 1 ? " finding" : " findings")
                        + " hidden by the baseline " + file);
            }
            return kept;
        } catch (Baseline.BaselineException e) {
            throw new UsageError("--baseline: " + e.getMessage());
        }
    }

    /** The configuration's and --disable's rules, minus what --enable turns back on. */
    private Set<String> disabledRules(LintOptions fromConfig) {
        Set<String> ids = new HashSet<>(fromConfig.disabledRules());
        ids.removeAll(ruleIds(enabled, "--enable"));
        ids.addAll(ruleIds(disabled, "--disable"));
        if (noSchemas) {
            ids.addAll(LintOptions.SCHEMA_RULES);
        }
        return ids;
    }

    private Set<String> enabledRules(LintOptions fromConfig) {
        Set<String> ids = new HashSet<>(fromConfig.enabledRules());
        ids.addAll(ruleIds(enabled, "--enable"));
        if (strictKinds) {
            ids.add(LintOptions.STRICT_KINDS_RULE);
        }
        return ids;
    }

    private List<Path> schemaLocations(Environment environment, LintOptions fromConfig) {
        List<Path> folders = new ArrayList<>(fromConfig.schemaLocations());
        for (Path location : schemaLocations) {
            Path folder = environment.workingDir().resolve(location).normalize();
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new UsageError("--schema-location: " + location + " is not a directory");
            }
            folders.add(folder);
        }
        return folders;
    }

    private static Set<String> ruleIds(List<String> given, String option) {
        Set<String> ids = new HashSet<>();
        RuleCatalog catalog = RuleCatalog.builtIn();
        for (String id : given) {
            if (catalog.find(id.strip()).isEmpty()) {
                List<String> known = catalog.all().stream().map(RuleMetadata::id).toList();
                throw new UsageError(option + ": unknown rule '" + id.strip() + "'" + io.kwlint.value.Suggestions
                        .closest(known, id.strip()).map(r -> " (did you mean '" + r + "'?)").orElse(" (see kwlint rules)"));
            }
            ids.add(id.strip());
        }
        return ids;
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
                ReportOutput.writeAtomically(base.resolve(output.output), rendered);
            }
        }
    }

    private static OutputSpec defaultOutput() {
        OutputSpec text = new OutputSpec();
        text.format = OutputFormat.text;
        return text;
    }

    private String render(Report report, OutputFormat format, boolean colored, Path base) {
        Severity failAt = failOn.threshold().orElse(null);
        boolean textual = format == OutputFormat.text || format == OutputFormat.compact;
        Severity shownFrom = quiet ? Severity.ERROR : minSeverity != null ? minSeverity
                : textual ? Severity.WARNING : Severity.INFO;
        List<Finding> shown = report.findings().stream().filter(f -> f.severity().compareTo(shownFrom) <= 0).toList();
        Report view = report.withFindings(shown);
        if (format == OutputFormat.json && simulate) {
            return ReportOutput.encodable(new JsonReporter().render(view, previews(report)));
        }
        if (!textual) {
            return format.engineFormat().render(view, base, failAt, colored, paths(base), docsBaseUrl);
        }
        Map<Severity, Long> hidden = new java.util.EnumMap<>(Severity.class);
        report.findings().stream().filter(f -> f.severity().compareTo(shownFrom) > 0)
                .forEach(f -> hidden.merge(f.severity(), 1L, Long::sum));
        TextReporter.Options options = (format == OutputFormat.text ? TextReporter.Options.full(colored, paths(base))
                : TextReporter.Options.compact(paths(base))).hiding(hidden, !quiet);
        return ReportOutput.encodable(new TextReporter(options).render(view))
                + (simulate ? "\nRollout preview\n\n" + new PreviewTextReporter().render(previews(report)) : "");
    }

    /** Report paths as given (relative to the base directory), or absolute with --absolute-paths. */
    private java.util.function.UnaryOperator<String> paths(Path base) {
        if (!absolutePaths) {
            return path -> path;
        }
        return path -> path.startsWith("<") ? path : base.resolve(path).toAbsolutePath().normalize().toString();
    }

    /**
     * The rollout previews of {@code --simulate}: after the findings in the text formats, under
     * {@code "previews"} in JSON. Made once per run, whatever the number of reports.
     */
    private List<Preview> previews(Report report) {
        if (previews != null) {
            return previews;
        }
        previews = RolloutPreviews.of(report, SimulateOptions.defaults(lintOptions.target()), object -> true);
        return previews;
    }

    private boolean useColor(Environment environment) {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> environment.colorAllowed();
        };
    }
}
