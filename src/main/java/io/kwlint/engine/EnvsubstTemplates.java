package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.finding.Severity;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.source.SourceFile;
import io.kwlint.yaml.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files whose values are envsubst placeholders ({@code ${REPLICAS:-1}}). Where a placeholder makes
 * the file invalid as written (an error lies on its line: a name, a port, a replica count), the file
 * is a template: one error says so, instead of one per field. Where the API server would take every
 * placeholder literally (an env value), the file is checked as usual and a warning says that the
 * placeholders are applied as they are.
 */
final class EnvsubstTemplates {

    static final String RULE = "envsubst-template";

    private EnvsubstTemplates() {
    }

    static List<Finding> apply(List<Finding> findings, Map<String, List<Span>> placeholders,
            Map<String, SourceFile> files, RuleMetadata rule) {
        if (placeholders.isEmpty()) {
            return findings;
        }
        Set<String> templates = new HashSet<>();
        for (Finding finding : findings) {
            List<Span> spans = placeholders.get(finding.location().file());
            if (spans != null && finding.severity() == Severity.ERROR
                    && spans.stream().anyMatch(span -> span.start().line() == finding.location().line())) {
                templates.add(finding.location().file());
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (!templates.contains(finding.location().file())) {
                kept.add(finding);
            }
        }
        placeholders.forEach((file, spans) -> {
            Span first = spans.get(0);
            String text = placeholderText(files.get(file), first);
            Location at = new Location(file, first);
            kept.add(templates.contains(file)
                    ? rule.finding("placeholder", at, null, null, List.of(), text)
                    : rule.finding("literal", at, null, null, List.of(), text, spans.size()).withSeverity(Severity.WARNING));
        });
        return kept;
    }

    private static String placeholderText(SourceFile file, Span span) {
        if (file == null || span.start().line() != span.end().line()) {
            return "${...}";
        }
        String line = file.line(span.start().line());
        int[] codePoints = line.codePoints().toArray();
        int from = Math.min(span.start().column() - 1, codePoints.length);
        int to = Math.min(span.end().column() - 1, codePoints.length);
        String text = new String(codePoints, from, Math.max(0, to - from)).strip();
        text = text.replaceAll("^[\"']|[\"']$", "");
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
