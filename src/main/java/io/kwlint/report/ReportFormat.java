package io.kwlint.report;

import io.kwlint.KwlintInfo;
import io.kwlint.engine.Report;
import io.kwlint.finding.Severity;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The report formats, rendered the same way by the command line and the Maven plugin. */
public enum ReportFormat {
    /** For people: compiler-style lines, the source line with a caret, a summary. */
    TEXT("txt"),
    /** One line per finding, {@code path:line:col: severity: message [rule]}: for IDEs and scripts. */
    COMPACT("txt"),
    /** kwlint's JSON, documented in the README. */
    JSON("json"),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF("sarif"),
    /** JUnit XML: a test case per object, a failure per finding at or above the fail threshold. */
    JUNIT("xml"),
    /** GitHub Actions workflow commands, shown as annotations. */
    GITHUB("txt"),
    /** A Markdown summary (per-rule table, the findings folded): a CI job's summary or a merge request note. */
    MARKDOWN("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A file name for the report, e.g. {@code kwlint.sarif}; JUnit's as CI globs expect ({@code TEST-kwlint.xml}). */
    public String fileName() {
        return switch (this) {
            case JUNIT -> "TEST-kwlint.xml";
            case COMPACT -> "kwlint-compact.txt";
            case GITHUB -> "kwlint-github.txt";
            default -> "kwlint." + extension;
        };
    }

    public static Optional<ReportFormat> named(String id) {
        for (ReportFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * @param base        the directory paths are relative to (SARIF's %SRCROOT%)
     * @param failAt      the least severe finding that fails (JUnit failures), or null for none
     * @param color       ANSI colors in the text format
     * @param displayPath how text formats print a path (absolute for IDEs)
     */
    public String render(Report report, Path base, Severity failAt, boolean color, UnaryOperator<String> displayPath) {
        return render(report, base, failAt, color, displayPath, KwlintInfo.docsBaseUrl());
    }

    /** As above, with the rule pages published under {@code docsBaseUrl} (SARIF's helpUri). */
    public String render(Report report, Path base, Severity failAt, boolean color, UnaryOperator<String> displayPath,
            String docsBaseUrl) {
        return ReportOutput.encodable(switch (this) {
            case TEXT -> new TextReporter(TextReporter.Options.full(color, displayPath)).render(report);
            case COMPACT -> new TextReporter(TextReporter.Options.compact(displayPath)).render(report);
            case JSON -> new JsonReporter().render(report);
            case SARIF -> new SarifReporter(base, docsBaseUrl).render(report);
            case JUNIT -> new JunitReporter(failAt).render(report);
            case GITHUB -> new GithubReporter().render(report);
            case MARKDOWN -> new MarkdownReporter(docsBaseUrl).render(report);
        });
    }
}
