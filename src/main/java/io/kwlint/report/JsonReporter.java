package io.kwlint.report;

import io.kwlint.json.JsonWriter;
import io.kwlint.KwlintInfo;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kwlint's own JSON format, documented in the README:
 * {@code {"tool", "version", "kubeVersion", "summary": {...}, "findings": [...]}}, each finding
 * with rule, severity, message, file, line, column, endLine, endColumn, object, fieldPath and
 * related places. Stable: new fields may be added, none renamed.
 */
public final class JsonReporter {

    public String render(Report report) {
        return render(report, null);
    }

    /**
     * The report with the rollout previews of {@code check --simulate} under {@code "previews"},
     * as {@code simulate --format json} writes them; none when {@code previews} is null.
     */
    public String render(Report report, List<io.kwlint.rollout.Preview> previews) {
        List<Object> findings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            findings.add(finding(finding));
        }
        Map<String, Object> summary = Json.object(
                "files", report.fileCount(),
                "objects", report.objectCount(),
                "errors", report.count(Severity.ERROR),
                "warnings", report.count(Severity.WARNING),
                "infos", report.count(Severity.INFO));
        Map<String, Object> json = Json.object(
                "tool", KwlintInfo.NAME,
                "version", KwlintInfo.version(),
                "kubeVersion", report.kubeVersion().toString(),
                "summary", summary,
                "findings", findings);
        if (previews != null) {
            json.put("previews", previews.stream().map(PreviewJsonReporter::preview).toList());
        }
        return JsonWriter.write(json);
    }

    private static Map<String, Object> finding(Finding finding) {
        List<Object> related = new ArrayList<>();
        for (Finding.Related r : finding.related()) {
            Map<String, Object> place = place(r.location());
            place.put("message", r.message());
            related.add(place);
        }
        Map<String, Object> json = Json.object(
                "rule", finding.ruleId(),
                "severity", finding.severity().id(),
                "message", finding.message());
        json.putAll(place(finding.location()));
        json.put("object", finding.objectName());
        json.put("fieldPath", finding.fieldPathText());
        json.put("related", related);
        return json;
    }

    private static Map<String, Object> place(Location location) {
        return Json.object(
                "file", location.file(),
                "line", location.line(),
                "column", location.column(),
                "endLine", location.span().end().line(),
                "endColumn", location.span().end().column());
    }
}
