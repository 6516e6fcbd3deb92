package io.kwlint.engine;

import io.kwlint.finding.Finding;
import io.kwlint.finding.Severity;
import io.kwlint.model.KubeObject;
import io.kwlint.model.KubeVersion;
import io.kwlint.rule.RuleMetadata;
import io.kwlint.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a run: findings in report order, the files they point into (for source lines
 * and URIs), the objects as the rules saw them (defaulted, for the rollout preview), and the
 * rules that ran (for SARIF's rule metadata), and the files a directory walk found but left out
 * (YAML that holds no Kubernetes object, Helm chart templates), by display path.
 */
public record Report(List<Finding> findings, Map<String, SourceFile> files, List<KubeObject> objects,
        KubeVersion kubeVersion, List<RuleMetadata> rules, int unreadableFiles, Map<String, LoadedFile.Skipped> skipped) {

    public Report {
        findings = List.copyOf(findings);
        objects = List.copyOf(objects);
        files = Map.copyOf(files);
        rules = List.copyOf(rules);
        skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
    }

    /** The same report with other findings (a baseline's filter). */
    public Report withFindings(List<Finding> kept) {
        return new Report(kept, files, objects, kubeVersion, rules, unreadableFiles, skipped);
    }

    /** How many files a directory walk found and left out for this reason. */
    public long skippedCount(LoadedFile.Skipped why) {
        return skipped.values().stream().filter(why::equals).count();
    }

    public int objectCount() {
        return objects.size();
    }

    public int fileCount() {
        return files.size();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True if any finding is at least as serious as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public Optional<SourceFile> file(String displayPath) {
        return Optional.ofNullable(files.get(displayPath));
    }

    /** True when there were inputs but none of them could be read at all. */
    public boolean nothingReadable() {
        return !files.isEmpty() && unreadableFiles == files.size();
    }
}
