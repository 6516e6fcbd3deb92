package io.kwlint.report;

import io.kwlint.json.JsonWriter;
import io.kwlint.KwlintInfo;
import io.kwlint.engine.Fingerprints;
import io.kwlint.engine.Report;
import io.kwlint.finding.Finding;
import io.kwlint.finding.Location;
import io.kwlint.finding.Severity;
import io.kwlint.rule.RuleMetadata;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one run, every rule's metadata
 * from its page, results with full regions relative to {@code %SRCROOT%}, the object and field
 * path as properties, related places, and fingerprints that do not depend on line numbers.
 */
public final class SarifReporter {

    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "kwlint/v1";

    private final Path baseDir;
    private final String docsBaseUrl;

    /** @param baseDir the directory display paths are relative to: {@code %SRCROOT%} */
    public SarifReporter(Path baseDir) {
        this(baseDir, KwlintInfo.docsBaseUrl());
    }

    /**
     * @param baseDir     the directory display paths are relative to: {@code %SRCROOT%}
     * @param docsBaseUrl where the rule pages are published (each rule's {@code helpUri})
     */
    public SarifReporter(Path baseDir, String docsBaseUrl) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.docsBaseUrl = docsBaseUrl;
    }

    public String render(Report report) {
        // The rules the results name, not the whole catalogue: code scanning needs no more, the
        // report stays small, and a new rule does not shift every ruleIndex of unrelated results.
        java.util.Set<String> reported = new java.util.HashSet<>();
        report.findings().forEach(f -> reported.add(f.ruleId()));
        List<RuleMetadata> rules = report.rules().stream().filter(r -> reported.contains(r.id())).toList();
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> ruleJson = new ArrayList<>();
        for (RuleMetadata rule : rules) {
            ruleIndex.put(rule.id(), ruleJson.size());
            ruleJson.add(rule(rule));
        }
        List<Object> results = new ArrayList<>();
        List<String> fingerprints = Fingerprints.of(report);
        for (int i = 0; i < report.findings().size(); i++) {
            results.add(result(report.findings().get(i), ruleIndex, fingerprints.get(i)));
        }
        Map<String, Object> driver = Json.object(
                "name", KwlintInfo.NAME,
                "version", KwlintInfo.version(),
                "semanticVersion", KwlintInfo.version(),
                "informationUri", KwlintInfo.homepage(),
                "rules", ruleJson);
        Map<String, Object> run = Json.object(
                "tool", Json.object("driver", driver),
                "originalUriBaseIds", Json.object(SRCROOT, Json.object("uri", directoryUri(baseDir))),
                "columnKind", "unicodeCodePoints",
                "results", results,
                "properties", Json.object("kubeVersion", report.kubeVersion().toString()));
        return JsonWriter.write(Json.object(
                "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
                "version", "2.1.0",
                "runs", List.of(run)));
    }

    private Map<String, Object> rule(RuleMetadata rule) {
        Map<String, Object> properties = Json.object(
                "precision", rule.precision(),
                "problem.severity", problemSeverity(rule.severity()),
                "tags", tags(rule),
                "category", rule.category().id());
        return Json.object(
                "id", rule.id(),
                "name", rule.pascalName(),
                "shortDescription", Json.object("text", rule.summary()),
                "fullDescription", Json.object("text", rule.fullDescription()),
                "helpUri", rule.helpUri(docsBaseUrl),
                "help", Json.object("text", rule.body(), "markdown", rule.body()),
                "defaultConfiguration", Json.object("level", level(rule.severity())),
                "properties", properties);
    }

    private static List<String> tags(RuleMetadata rule) {
        List<String> tags = new ArrayList<>(rule.tags());
        tags.add(0, "kubernetes");
        return tags;
    }

    private Map<String, Object> result(Finding finding, Map<String, Integer> ruleIndex, String fingerprint) {
        Map<String, Object> result = Json.object(
                "ruleId", finding.ruleId(),
                "ruleIndex", ruleIndex.get(finding.ruleId()),
                "level", level(finding.severity()),
                "message", Json.object("text", finding.message()),
                "locations", List.of(Json.object("physicalLocation", physicalLocation(finding.location()))));
        if (!finding.related().isEmpty()) {
            List<Object> related = new ArrayList<>();
            for (int i = 0; i < finding.related().size(); i++) {
                Finding.Related r = finding.related().get(i);
                related.add(Json.object(
                        "id", i + 1,
                        "physicalLocation", physicalLocation(r.location()),
                        "message", Json.object("text", r.message())));
            }
            result.put("relatedLocations", related);
        }
        result.put("partialFingerprints", Json.object(FINGERPRINT, fingerprint));
        if (finding.fix() != null) {
            result.put("fixes", List.of(fix(finding.fix(), finding.location().file())));
        }
        Map<String, Object> properties = Json.object("object", finding.objectName(), "fieldPath", finding.fieldPathText());
        if (!properties.isEmpty()) {
            result.put("properties", properties);
        }
        return result;
    }

    /** kwlint check --fix's edits, as SARIF's fix object: the replaced regions of the file and their new text. */
    private Map<String, Object> fix(io.kwlint.finding.Fix fix, String file) {
        Map<String, List<Object>> replacementsByFile = new java.util.LinkedHashMap<>();
        for (io.kwlint.finding.TextEdit edit : fix.edits()) {
            List<Object> replacements = replacementsByFile.computeIfAbsent(edit.fileFor(file), f -> new ArrayList<>());
            replacements.add(Json.object(
                    "deletedRegion", Json.object(
                            "startLine", edit.span().start().line(),
                            "startColumn", edit.span().start().column(),
                            "endLine", edit.span().end().line(),
                            "endColumn", edit.span().end().column()),
                    "insertedContent", Json.object("text", edit.replacement())));
        }
        List<Object> changes = new ArrayList<>();
        replacementsByFile.forEach((path, replacements) ->
                changes.add(Json.object("artifactLocation", artifactLocation(path), "replacements", replacements)));
        return Json.object("description", Json.object("text", fix.description()), "artifactChanges", changes);
    }

    private Map<String, Object> physicalLocation(Location location) {
        Map<String, Object> artifact = artifactLocation(location.file());
        Map<String, Object> region = Json.object(
                "startLine", location.line(),
                "startColumn", location.column(),
                "endLine", location.span().end().line(),
                "endColumn", location.span().end().column());
        return Json.object("artifactLocation", artifact, "region", region);
    }

    /** Relative paths hang off %SRCROOT%; paths outside the base directory ({@code ../x}) are absolute file URIs. */
    private Map<String, Object> artifactLocation(String displayPath) {
        Path path = Path.of(displayPath);
        if (path.isAbsolute()) {
            return Json.object("uri", path.toUri().toString());
        }
        if (displayPath.equals("..") || displayPath.startsWith("../")) {
            return Json.object("uri", baseDir.resolve(displayPath).normalize().toUri().toString());
        }
        return Json.object("uri", relativeUri(displayPath), "uriBaseId", SRCROOT);
    }

    private static String relativeUri(String displayPath) {
        try {
            return new URI(null, null, displayPath, null).toASCIIString();
        } catch (URISyntaxException e) {
            return displayPath.replace(" ", "%20");
        }
    }

    private static String directoryUri(Path dir) {
        String uri = dir.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        };
    }
}
