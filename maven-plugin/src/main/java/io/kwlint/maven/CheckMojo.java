package io.kwlint.maven;

import io.kwlint.config.KwlintConfig;
import io.kwlint.engine.Baseline;
import io.kwlint.engine.FailOn;
import io.kwlint.engine.LintOptions;
import io.kwlint.engine.Linter;
import io.kwlint.engine.RolloutPreviews;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.model.KubeVersion;
import io.kwlint.report.PreviewTextReporter;
import io.kwlint.report.ReportFormat;
import io.kwlint.report.ReportOutput;
import io.kwlint.rollout.SimulateOptions;
import io.kwlint.source.InputCollector;
import io.kwlint.source.SourceInput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code kwlint:check}: lints the project's Kubernetes manifests, logs every finding as
 * {@code [ERROR] /abs/path.yaml:12:7: message [rule]} (IDEs link those), writes the reports to the
 * output directory and fails the build when a finding reaches {@code failOn}. A thin shell around
 * the engine: what it checks is exactly what {@code kwlint check} checks, and its SARIF is the
 * same for the same files. Reads {@code .kwlint.yaml} (from the project directory upward) for
 * what is not configured here.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {

    /** Folders with manifests; by default those of src/main/k8s, src/main/kubernetes and k8s that exist. */
    @Parameter(property = "kwlint.sourceDirectories")
    List<File> sourceDirectories;

    /** Globs of files to read (default: *.yaml and *.yml). */
    @Parameter(property = "kwlint.includes")
    List<String> includes;

    /** Globs of files and directories to skip. */
    @Parameter(property = "kwlint.excludes")
    List<String> excludes;

    /** error, warning, info or none: the least severe finding that fails the build (default error). */
    @Parameter(property = "kwlint.failOn")
    String failOn;

    /** Reports to write: text, compact, json, sarif, junit, github. */
    @Parameter(property = "kwlint.formats", defaultValue = "text")
    List<String> formats;

    @Parameter(property = "kwlint.outputDirectory", defaultValue = "${project.build.directory}/kwlint")
    File outputDirectory;

    /** The Kubernetes version to imitate, e.g. 1.30 (default: the newest kwlint knows, or .kwlint.yaml's). */
    @Parameter(property = "kwlint.kubeVersion")
    String kubeVersion;

    /** Also write the rollout preview of each workload (rollout-preview.txt) and log it. */
    @Parameter(property = "kwlint.simulate", defaultValue = "false")
    boolean simulate;

    /** A baseline file (written by kwlint check --update-baseline) whose findings are not reported. */
    @Parameter(property = "kwlint.baseline")
    File baseline;

    @Parameter(property = "kwlint.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("kwlint: skipped (kwlint.skip)");
            return;
        }
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        KwlintConfig config = config(base);
        List<String> roots = sourceRoots(base);
        if (roots.isEmpty()) {
            getLog().info("kwlint: no manifest directory (src/main/k8s, src/main/kubernetes, k8s; see sourceDirectories)");
            return;
        }
        List<ReportFormat> reportFormats = reportFormats();
        FailOn failAt = failOn(config);
        Report report = baselined(new Linter(options(config)).check(inputs(base, roots, config)), base, config);
        log(report, base);
        write(report, reportFormats, base, failAt.threshold().orElse(null), config.effectiveDocsBaseUrl());
        if (simulate) {
            preview(report, config);
        }
        long failing = failAt.failing(report);
        if (failing > 0) {
            Path reports = base.relativize(outputDirectory.toPath().toAbsolutePath().normalize());
            throw new MojoFailureException("kwlint: " + failing + (failing == 1 ? " finding" : " findings") + " at or above "
                    + failAt.id() + " in " + report.fileCount() + (report.fileCount() == 1 ? " file" : " files")
                    + " (reports in " + reports + ")");
        }
    }

    /** The report without the findings of the baseline (this plugin's, else .kwlint.yaml's), if any. */
    private Report baselined(Report report, Path base, KwlintConfig config) throws MojoExecutionException {
        java.util.Optional<Path> file = baseline != null ? java.util.Optional.of(base.resolve(baseline.toPath()))
                : config.baseline();
        if (file.isEmpty()) {
            return report;
        }
        try {
            Baseline recorded = Baseline.read(file.get());
            Report kept = recorded.filter(report);
            recorded.misplacedWarning(file.get(), report).ifPresent(warning -> getLog().warn("kwlint: " + warning
                    + "; the plugin's paths are relative to " + base + ": write the baseline from there"
                    + " (kwlint check --base-dir " + base + " --update-baseline ...)"));
            long hidden = report.findings().size() - kept.findings().size();
            getLog().info("kwlint: " + hidden + (hidden == 1 ? " finding" : " findings") + " hidden by the baseline " + file.get());
            return kept;
        } catch (Baseline.BaselineException e) {
            throw new MojoExecutionException("kwlint: " + e.getMessage());
        }
    }

    private KwlintConfig config(Path base) throws MojoExecutionException {
        try {
            return KwlintConfig.find(base).isPresent() ? KwlintConfig.read(KwlintConfig.find(base).get()) : KwlintConfig.none();
        } catch (KwlintConfig.ConfigException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private List<String> sourceRoots(Path base) throws MojoFailureException {
        List<File> candidates = sourceDirectories == null || sourceDirectories.isEmpty()
                ? List.of(base.resolve("src/main/k8s").toFile(), base.resolve("src/main/kubernetes").toFile(),
                        base.resolve("k8s").toFile())
                : sourceDirectories;
        List<String> roots = new ArrayList<>();
        for (File candidate : candidates) {
            Path dir = base.resolve(candidate.toPath()).normalize();
            if (Files.exists(dir)) {
                roots.add(base.relativize(dir).toString());
            } else if (sourceDirectories != null && !sourceDirectories.isEmpty()) {
                // A configured directory that is not there is a typo or a moved folder: failing the
                // build is what keeps it from silently turning the gate off.
                throw new MojoFailureException("kwlint: the configured source directory " + dir + " does not exist"
                        + " (see sourceDirectories)");
            }
        }
        return roots;
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        List<ReportFormat> result = new ArrayList<>();
        for (String name : formats) {
            result.add(ReportFormat.named(name).orElseThrow(() -> new MojoExecutionException(
                    "kwlint: unknown format '" + name + "' (text, compact, json, sarif, junit, github)")));
        }
        return result;
    }

    private FailOn failOn(KwlintConfig config) throws MojoExecutionException {
        String level = failOn != null ? failOn : config.failOn().orElse("error");
        return FailOn.parse(level).orElseThrow(() -> new MojoExecutionException(
                "kwlint: failOn must be error, warning, info or none, not '" + level + "'"));
    }

    /** .kwlint.yaml's settings, with this plugin's kubeVersion when it is configured. */
    private LintOptions options(KwlintConfig config) throws MojoExecutionException {
        if (kubeVersion == null) {
            return config.lintOptions();
        }
        try {
            return config.lintOptions().withKubeVersion(KubeVersion.parse(kubeVersion).requireSupported());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("kwlint: kubeVersion: " + e.getMessage());
        }
    }

    private List<SourceInput> inputs(Path base, List<String> roots, KwlintConfig config) throws MojoExecutionException {
        List<String> allExcludes = new ArrayList<>(config.exclude());
        if (excludes != null) {
            allExcludes.addAll(excludes);
        }
        try {
            return new InputCollector(base, includes == null ? List.of() : includes, allExcludes, true).collect(roots);
        } catch (InputCollector.NoSuchInputException e) {
            throw new MojoExecutionException("kwlint: " + e.getMessage());
        }
    }

    /** Each finding as a Maven log line with its absolute path, which IDE consoles turn into links. */
    private void log(Report report, Path base) {
        for (Finding finding : report.findings()) {
            String line = base.resolve(finding.location().file()).normalize() + ":" + finding.location().line() + ":"
                    + finding.location().column() + ": " + finding.message() + " [" + finding.ruleId() + "]";
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        getLog().info("kwlint: " + io.kwlint.report.TextReporter.summaryText(report));
    }

    private void write(Report report, List<ReportFormat> reportFormats, Path base, Severity failAt, String docsBaseUrl)
            throws MojoExecutionException {
        Path dir = outputDirectory.toPath();
        try {
            Files.createDirectories(dir);
            for (ReportFormat format : reportFormats) {
                ReportOutput.writeAtomically(dir.resolve(format.fileName()), format.render(report, base, failAt, false, p -> p, docsBaseUrl));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("kwlint: cannot write reports to " + dir + ": " + e.getMessage(), e);
        }
    }

    private void preview(Report report, KwlintConfig config) throws MojoExecutionException {
        SimulateOptions options = SimulateOptions.defaults(options(config).target());
        String text = new PreviewTextReporter().render(RolloutPreviews.of(report, options, object -> true));
        text.lines().forEach(getLog()::info);
        try {
            ReportOutput.writeAtomically(outputDirectory.toPath().resolve("rollout-preview.txt"), text);
        } catch (IOException e) {
            throw new MojoExecutionException("kwlint: cannot write the rollout preview: " + e.getMessage(), e);
        }
    }
}
