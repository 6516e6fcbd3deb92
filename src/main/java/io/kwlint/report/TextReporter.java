package io.kwlint.report;

import io.kwlint.engine.LoadedFile;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.finding.Severity;
import io.kwlint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The compiler-style report for people and editors:
 *
 * <pre>
 * k8s/web.yaml:14:22: error: restartPolicy is not set, ... [job-restart-policy]
 *    14 |       restartPolicy: Always
 *       |                      ^~~~~~
 *       = Job/pi: spec.template.spec.restartPolicy
 * </pre>
 *
 * followed by a summary line. The compact variant prints the first line only, for tools.
 */
public final class TextReporter {

    /**
     * @param color       ANSI colors (only on a terminal, and never with NO_COLOR)
     * @param source      the source line with a caret, and the object and field path
     * @param summary     the closing line with counts
     * @param displayPath how to print a file's path (e.g. absolute for IDEs)
     * @param hidden      findings the caller left out (less severe than --min-severity), for the summary
     */
    public record Options(boolean color, boolean source, boolean summary, UnaryOperator<String> displayPath,
            Map<Severity, Long> hidden) {

        public Options(boolean color, boolean source, boolean summary, UnaryOperator<String> displayPath) {
            this(color, source, summary, displayPath, Map.of());
        }

        public static Options full(boolean color) {
            return full(color, UnaryOperator.identity());
        }

        public static Options full(boolean color, UnaryOperator<String> displayPath) {
            return new Options(color, true, true, displayPath);
        }

        public static Options compact(UnaryOperator<String> displayPath) {
            return new Options(false, false, false, displayPath);
        }

        /** The same options for a report whose findings below some severity were left out. */
        public Options hiding(Map<Severity, Long> counts, boolean withSummary) {
            return new Options(color, source, withSummary && summary, displayPath, Map.copyOf(counts));
        }
    }

    /** Reports with more findings than this end with a table of findings per rule. */
    private static final int PER_RULE_TABLE_FROM = 20;
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";
    private static final String GREEN = "\u001b[1;32m";

    private final Options options;

    public TextReporter(Options options) {
        this.options = options;
    }

    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        Location previous = null;
        for (Finding finding : report.findings()) {
            // Several findings on one node (no limits, no requests, no probe on a container) share one caret.
            writeFinding(report, finding, !finding.location().equals(previous), out);
            previous = finding.location();
        }
        if (options.summary()) {
            if (!report.findings().isEmpty() && options.source()) {
                out.append('\n');
            }
            if (report.findings().size() > PER_RULE_TABLE_FROM) {
                perRule(report, out);
            }
            out.append(summary(report)).append('\n');
        }
        return out.toString();
    }

    private void writeFinding(Report report, Finding finding, boolean excerpt, StringBuilder out) {
        Location location = finding.location();
        out.append(style(BOLD, options.displayPath().apply(location.file()) + ":" + location.line() + ":" + location.column() + ":"))
                .append(' ')
                .append(style(color(finding.severity()), finding.severity().id() + ":"))
                .append(' ')
                .append(finding.message())
                .append(' ')
                .append(style(DIM, "[" + finding.ruleId() + "]"))
                .append('\n');
        if (!options.source()) {
            return;
        }
        if (excerpt) {
            excerpt(report, finding, out);
        }
        if (finding.object() != null) {
            String where = finding.fieldPath() == null ? finding.objectName() : finding.objectName() + ": " + finding.fieldPathText();
            out.append(gutter("")).append(style(DIM, "= " + where)).append('\n');
        }
        for (Finding.Related related : finding.related()) {
            Location at = related.location();
            out.append(gutter("")).append(style(DIM, "= see " + options.displayPath().apply(at.file()) + ":" + at.line()
                    + ":" + at.column() + ": " + related.message())).append('\n');
        }
    }

    /** The source line with a caret: the finding's, or the rendered stream's for a finding shown at a Helm template. */
    private void excerpt(Report report, Finding finding, StringBuilder out) {
        Location location = finding.location();
        if (report.file(location.file()).isPresent()) {
            excerpt(report.file(location.file()).get(), location, out);
            return;
        }
        for (Finding.Related related : finding.related()) {
            if (related.message().equals(io.kwlint.engine.RenderedSources.RENDERED_AT)) {
                report.file(related.location().file()).ifPresent(file -> excerpt(file, related.location(), out));
            }
        }
    }

    private void excerpt(SourceFile file, Location location, StringBuilder out) {
        int lineNumber = location.line();
        if (lineNumber > file.lineCount()) {
            return;
        }
        String line = file.line(lineNumber);
        out.append(gutter(Integer.toString(lineNumber))).append(line).append('\n');
        int startColumn = location.column();
        int endColumn = location.span().end().line() == lineNumber ? location.span().end().column() : line.length() + 1;
        StringBuilder caret = new StringBuilder();
        int[] codePoints = line.codePoints().toArray();
        for (int i = 0; i < startColumn - 1 && i < codePoints.length; i++) {
            caret.append(codePoints[i] == '\t' ? '\t' : ' ');
        }
        int width = Math.max(1, Math.min(endColumn, codePoints.length + 1) - startColumn);
        caret.append('^').append("~".repeat(Math.max(0, width - 1)));
        out.append(gutter("")).append(style(color(Severity.ERROR), caret.toString())).append('\n');
    }

    private static String gutter(String lineNumber) {
        return String.format("%6s | ", lineNumber);
    }

    /**
     * For long reports, the findings per rule, most first: what to fix (or configure) first. Each
     * rule has one severity, so the count says it.
     */
    private void perRule(Report report, StringBuilder out) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        Map<String, Severity> severities = new java.util.HashMap<>();
        for (Finding finding : report.findings()) {
            counts.merge(finding.ruleId(), 1L, Long::sum);
            severities.merge(finding.ruleId(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        out.append("findings per rule:\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> out.append("  ").append(String.format("%-" + width + "s %6d ", entry.getKey(),
                        entry.getValue())).append(style(color(severities.get(entry.getKey())),
                        severities.get(entry.getKey()).id())).append('\n'));
        out.append('\n');
    }

    /** "2 errors, 1 warning and 3 info findings in 4 files (9 objects)". */
    public static String summaryText(Report report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        String where = " in " + plural(report.fileCount(), "file") + " (" + plural(report.objectCount(), "object") + ")"
                + skippedText(report);
        if (errors + warnings + infos == 0) {
            return "no findings" + where;
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(plural(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(plural(warnings, "warning"));
        }
        if (infos > 0) {
            parts.add(infos + " info");
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return joined + where;
    }

    /** "; skipped 12 YAML files that are not Kubernetes objects and 3 Helm chart templates", or nothing. */
    private static String skippedText(Report report) {
        long other = report.skippedCount(LoadedFile.Skipped.NOT_KUBERNETES);
        long templates = report.skippedCount(LoadedFile.Skipped.CHART_TEMPLATE);
        List<String> parts = new ArrayList<>();
        if (other > 0) {
            parts.add(other + " YAML " + (other == 1 ? "file that is not a Kubernetes object" : "files that are not Kubernetes objects"));
        }
        if (templates > 0) {
            parts.add(plural(templates, "Helm chart template") + " (render them: helm template CHART | kwlint check -)");
        }
        return parts.isEmpty() ? "" : "; skipped " + String.join(" and ", parts);
    }

    private String summary(Report report) {
        String text = summaryText(report) + hiddenNote();
        String color = report.count(Severity.ERROR) > 0 ? RED
                : report.count(Severity.WARNING) > 0 ? YELLOW : report.findings().isEmpty() ? GREEN : CYAN;
        return style(color, text);
    }

    /** "; 4 info not shown (--min-severity info shows them)" when the caller left findings out. */
    private String hiddenNote() {
        List<String> parts = new ArrayList<>();
        Severity least = null;
        for (Severity severity : Severity.values()) {
            long count = options.hidden().getOrDefault(severity, 0L);
            if (count > 0) {
                parts.add(severity == Severity.INFO ? count + " info" : plural(count, severity.id()));
                least = severity;
            }
        }
        return parts.isEmpty() ? "" : "; " + String.join(" and ", parts) + " not shown (--min-severity " + least.id()
                + " shows them)";
    }

    /** "1 file", "3 files": a count and its noun, in the wording of every kwlint summary. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String color(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private String style(String code, String text) {
        return options.color() ? code + text + RESET : text;
    }
}
