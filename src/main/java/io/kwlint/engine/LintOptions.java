package io.kwlint.engine;

import io.kwlint.finding.Severity;
import io.kwlint.model.KubeVersion;
import java.util.Map;
import java.util.Set;

/**
 * How a run is configured.
 *
 * @param kubeVersion       the Kubernetes version whose API server and controllers to imitate
 * @param disabledRules     rule ids not to run (or report)
 * @param severityOverrides rule ids whose findings get another severity
 * @param limits            bounds on each input
 * @param threads           how many files to load at once
 */
public record LintOptions(KubeVersion kubeVersion, Set<String> disabledRules, Map<String, Severity> severityOverrides,
        LoadLimits limits, int threads) {

    public LintOptions {
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static LintOptions defaults() {
        return new LintOptions(KubeVersion.DEFAULT, Set.of(), Map.of(), LoadLimits.DEFAULT,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public LintOptions withKubeVersion(KubeVersion version) {
        return new LintOptions(version, disabledRules, severityOverrides, limits, threads);
    }

    public LintOptions withDisabledRules(Set<String> ids) {
        return new LintOptions(kubeVersion, ids, severityOverrides, limits, threads);
    }

    public LintOptions withSeverityOverrides(Map<String, Severity> overrides) {
        return new LintOptions(kubeVersion, disabledRules, overrides, limits, threads);
    }

    public LintOptions withLimits(LoadLimits newLimits) {
        return new LintOptions(kubeVersion, disabledRules, severityOverrides, newLimits, threads);
    }
}
