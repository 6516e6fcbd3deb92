package io.kwlint.report;

import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.rule.RuleMetadata;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Markdown summary for a pull request or a CI job page (GitHub's step summary, GitLab's merge
 * request notes): the summary line, a table of findings per rule with links to the rule pages,
 * and the findings themselves, folded, up to {@link #LISTED} of them (step summaries are limited
 * to 1 MiB; the SARIF report holds them all).
 */
public final class MarkdownReporter {

    static final int LISTED = 200;

    private final String docsBaseUrl;

    /** @param docsBaseUrl where the rule pages are published: the rule names link there */
    public MarkdownReporter(String docsBaseUrl) {
        this.docsBaseUrl = docsBaseUrl;
    }

    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("### kwlint: ").append(cell(TextReporter.summaryText(report))).append("\n\n");
        if (report.findings().isEmpty()) {
            return out.toString();
        }
        rulesTable(report, out);
        findingsList(report.findings(), out);
        return out.toString();
    }

    /** One row per rule, the most severe and then the most frequent first. */
    private void rulesTable(Report report, StringBuilder out) {
        Map<String, RuleMetadata> rules = report.rules().stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<Finding>> byRule = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, LinkedHashMap::new, Collectors.toList()));
        Comparator<Map.Entry<String, List<Finding>>> order = Comparator
                .comparing((Map.Entry<String, List<Finding>> e) -> mostSevere(e.getValue()))
                .thenComparing(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey);
        out.append("| Rule | Severity | Findings |\n|---|---|---:|\n");
        byRule.entrySet().stream().sorted(order).forEach(entry -> {
            RuleMetadata rule = rules.get(entry.getKey());
            String name = rule == null ? "`" + entry.getKey() + "`"
                    : "[`" + rule.id() + "`](" + rule.helpUri(docsBaseUrl) + ")";
            out.append("| ").append(name).append(" | ").append(mostSevere(entry.getValue()).id())
                    .append(" | ").append(entry.getValue().size()).append(" |\n");
        });
        out.append('\n');
    }

    private static void findingsList(List<Finding> findings, StringBuilder out) {
        out.append("<details><summary>").append(findings.size() == 1 ? "The finding" : "The " + findings.size() + " findings")
                .append("</summary>\n\n| Location | Severity | Message | Rule |\n|---|---|---|---|\n");
        for (Finding finding : findings.subList(0, Math.min(LISTED, findings.size()))) {
            out.append("| `").append(finding.location().toString().replace("|", "\\|")).append("` | ").append(finding.severity().id())
                    .append(" | ").append(cell(finding.message())).append(" | `").append(finding.ruleId()).append("` |\n");
        }
        if (findings.size() > LISTED) {
            out.append("\n").append(findings.size() - LISTED).append(" more: the SARIF or JSON report lists every finding.\n");
        }
        out.append("\n</details>\n");
    }

    private static Severity mostSevere(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
    }

    /** Text inside a table cell: no line breaks, no column separators, no HTML. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", "").replace("\n", " ");
    }
}
